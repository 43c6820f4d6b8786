/**
 * Ontology phrases compiled into a trie over token keys. Matching walks the trie from each token,
 * so a scan costs at most (tokens × longest phrase × keys per token) steps whatever the ontology or
 * the text: no regular expression, so no backtracking on hostile input. A phrase may hold "…" (or
 * "..."), a gap of up to three words: "exclude … from joining", "bar … from".
 */
import type { Token } from './tokens';

export interface TokenMatch<T> {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  values: T[];
  /** The ontology phrase that matched. */
  phrase: string;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** After a "…": the node reached by skipping up to MAX_GAP tokens. */
  gap: Node<T> | null;
  values: T[];
  phrase: string | null;
}

const MAX_GAP = 3;
const GAP = /^(?:…|\.\.\.)$/;
const node = <T>(): Node<T> => ({ next: new Map(), gap: null, values: [], phrase: null });

export interface TokenTrie<T> {
  /** Leftmost-longest, non-overlapping matches in tokens[from, to). */
  find(tokens: readonly Token[], from?: number, to?: number): TokenMatch<T>[];
  /** Every match starting at each token (overlapping), longest first per start. */
  findAll(tokens: readonly Token[], from?: number, to?: number): TokenMatch<T>[];
  readonly size: number;
  /** Every key a phrase starts with (for cheap pre-filtering). */
  readonly keys: ReadonlySet<string>;
}

/**
 * `keysOf(word)` gives the key(s) a phrase word must meet (its lemma, or its exact spelling for
 * names); `tokenKeys(token)` the keys a text token offers.
 */
export function buildTokenTrie<T>(
  entries: Array<{ words: string[]; phrase: string; value: T }>,
  keyOf: (word: string, index: number) => string[],
  tokenKeys: (token: Token) => readonly string[],
): TokenTrie<T> {
  const root = node<T>();
  const allKeys = new Set<string>();
  let size = 0;
  for (const { words, phrase, value } of entries) {
    if (words.length === 0 || words.every((w) => GAP.test(w))) continue;
    let frontier: Array<Node<T>> = [root];
    words.forEach((word, index) => {
      if (GAP.test(word)) {
        frontier = frontier.map((n) => (n.gap ??= node<T>()));
        return;
      }
      const keys = keyOf(word, index);
      const nextFrontier: Array<Node<T>> = [];
      for (const n of frontier) {
        for (const key of keys) {
          if (n === root) allKeys.add(key);
          let child = n.next.get(key);
          if (!child) n.next.set(key, (child = node<T>()));
          if (!nextFrontier.includes(child)) nextFrontier.push(child);
        }
      }
      frontier = nextFrontier;
    });
    for (const end of frontier) {
      if (!end.values.includes(value)) end.values.push(value);
      end.phrase ??= phrase;
      size++;
    }
  }

  /** The longest match starting at token `i`, or null. */
  const longestAt = (tokens: readonly Token[], i: number, to: number): TokenMatch<T> | null => {
    let best: TokenMatch<T> | null = null;
    // A state is a node, and whether it is inside a gap (with how many tokens the gap has taken).
    type State = { n: Node<T>; inGap: boolean; taken: number };
    let states: State[] = [{ n: root, inGap: false, taken: 0 }];
    for (let j = i; j < to && states.length > 0; j++) {
      const token = tokens[j] as Token;
      if (token.transparent && j > i) continue;
      const keys = tokenKeys(token);
      const next: State[] = [];
      const push = (n: Node<T>, inGap: boolean, taken: number): void => {
        if (!next.some((s) => s.n === n && s.inGap === inGap && s.taken === taken))
          next.push({ n, inGap, taken });
      };
      for (const { n, inGap, taken } of states) {
        for (const key of keys) {
          const child = n.next.get(key);
          if (child) push(child, false, 0);
        }
        if (inGap) {
          if (taken < MAX_GAP && token.word) push(n, true, taken + 1);
        } else if (n.gap) {
          for (const key of keys) {
            const child = n.gap.next.get(key);
            if (child) push(child, false, 0);
          }
          if (token.word) push(n.gap, true, 1);
        }
      }
      for (const s of next) {
        if (!s.inGap && s.n.values.length > 0 && (!best || j > best.last))
          best = { first: i, last: j, values: s.n.values, phrase: s.n.phrase as string };
      }
      states = next;
    }
    return best;
  };

  return {
    size,
    keys: allKeys,
    find(tokens, from = 0, to = tokens.length) {
      const out: TokenMatch<T>[] = [];
      for (let i = from; i < to; i++) {
        const token = tokens[i] as Token;
        if (token.transparent) continue;
        const m = longestAt(tokens, i, to);
        if (m) {
          out.push(m);
          i = m.last;
        }
      }
      return out;
    },
    findAll(tokens, from = 0, to = tokens.length) {
      const out: TokenMatch<T>[] = [];
      for (let i = from; i < to; i++) {
        if ((tokens[i] as Token).transparent) continue;
        const m = longestAt(tokens, i, to);
        if (m) out.push(m);
      }
      return out;
    },
  };
}
