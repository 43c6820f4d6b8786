/**
 * Ontology phrases compiled into a trie over token keys. Matching walks the trie from each token,
 * so a scan costs at most (tokens × longest phrase × keys per token) steps whatever the ontology or
 * the text: no regular expression, so no backtracking on hostile input. A phrase may hold "…" (or
 * "..."), a gap of up to three words: "exclude … from joining", "bar … from".
 */
import { inPledgeClauseSubject } from './pledge-clause-subject';
import type { Token } from './tokens';
import { wordSet } from './word-set';

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
  /**
   * The key and node of `next` when it holds exactly one (most nodes past the first word): the walk
   * compares the token's keys with it instead of hashing each for a lookup. Set once the trie is built.
   */
  onlyKey: string | null;
  onlyChild: Node<T> | null;
}

const MAX_GAP = 3;
/**
 * What a skipped word costs: a whole one, or less for the joints of a list of names ("Ukraine or
 * other former Soviet republics", "Ukraine and the other ex-Soviet bloc states" stay one gap); at most
 * MAX_GAP whole words, ten words in all.
 */
const WORD_COST = 10;
const LIST_JOINT_COST = 3;
const LIST_JOINTS = new Set([
  'ex',
  'and',
  'or',
  'other',
  'former',
  'soviet',
  'ex-soviet',
  'bloc',
  'countries',
  'states',
  'republics',
  'nations',
]);
/**
 * Words of an amount ("$50bn of", "billions of dollars' worth of", "an extra $1.5 billion in"): in a gap
 * they cost as little as a list's joints, so "buy … soybeans" reads "buy 1.5 million tons of soybeans".
 */
const AMOUNT_WORDS = new Set([
  'billion',
  'billions',
  'million',
  'millions',
  'trillion',
  'trillions',
  'bn',
  'mn',
  'dollar',
  'dollars',
  'worth',
  'tons',
  'tonnes',
  'bushels',
  'barrels',
  'percent',
]);
/** Words that open an amount when a number or currency sign follows: "an extra $200 billion". */
const AMOUNT_OPENERS = new Set([
  'a',
  'an',
  'extra',
  'additional',
  'another',
  'about',
  'around',
  'nearly',
  'some',
]);
const CURRENCY = wordSet(/^[$€£¥]$/);
const NUMBER = /^\d+(?:bn|mn|m|b|k)?$/;
/** Whether the token at `j` is part of a number or names an amount's unit. */
function amountAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (!token) return false;
  if (CURRENCY.test(token.text) || NUMBER.test(token.lower) || AMOUNT_WORDS.has(token.lower)) return true;
  // A rate's sign after its number: "keep 25% tariffs in place" (as "25 percent tariffs").
  if (token.text === '%' && /^\d/.test(tokens[j - 1]?.text ?? '')) return true;
  // The point of a decimal ("1.5").
  return (
    token.text === '.' && /^\d+$/.test(tokens[j - 1]?.text ?? '') && /^\d/.test(tokens[j + 1]?.text ?? '')
  );
}
/**
 * The word a gap in a demand's phrasing cannot pass: there a gap stands for a short noun phrase ("exclude …
 * from", "include … in the alliance"), and "having" opens a clause of its own ("that includes having troops
 * present in the alliance's east" is not "include … in the alliance"). A passive's copula, a modal and a
 * determiner stay passable ("sanctions are actually lifted", "the only ones who would decide", "slam that
 * door shut").
 */
const CLAUSE_OPENER = 'having';
/** What a word of a pledge clause's subject costs in a gap (pledge-clause-subject.ts): its verb pays in full. */
const CLAUSE_SUBJECT_COST = 2;
/** What skipping the token at `j` inside a gap costs, or -1 where a gap cannot pass it. */
function gapCost(tokens: readonly Token[], j: number, opening: boolean, nounGaps: boolean): number {
  const token = tokens[j] as Token;
  if (amountAt(tokens, j)) return LIST_JOINT_COST;
  if (!token.word || (nounGaps && token.lower === CLAUSE_OPENER)) return -1;
  // "assurances needed that what took place under Trump will not happen again": a pledge clause's subject.
  if (nounGaps && inPledgeClauseSubject(tokens, j)) return CLAUSE_SUBJECT_COST;
  // "ex-Soviet", "long-range": the second half of a hyphenated compound was paid for with the first.
  const hyphen = tokens[j - 1];
  if (
    j >= 2 &&
    /^[-‐‑]$/.test(hyphen?.text ?? '') &&
    hyphen?.start === (tokens[j - 2] as Token).end &&
    hyphen?.end === token.start &&
    (tokens[j - 2] as Token).word
  )
    return 0;
  let before = j - 1;
  while (before > 0 && tokens[before]?.transparent) before--;
  const amountBefore = amountAt(tokens, before);
  const amountAfter =
    amountAt(tokens, j + 1) || (AMOUNT_OPENERS.has(tokens[j + 1]?.lower ?? '') && amountAt(tokens, j + 2));
  // "an extra $200 billion", "$200 billion of", "$40 billion to $50 billion".
  if (AMOUNT_OPENERS.has(token.lower) && amountAfter) return LIST_JOINT_COST;
  if (/^(?:of|in|to)$/.test(token.lower) && amountBefore && (token.lower !== 'to' || amountAfter))
    return LIST_JOINT_COST;
  if (LIST_JOINTS.has(token.lower) && !opening) return LIST_JOINT_COST;
  // "Ukraine and the other ex-Soviet states": an article right after a list's "and" / "or" is its joint too.
  if (token.lower === 'the' && !opening && /^(?:and|or)$/.test(tokens[j - 1]?.lower ?? ''))
    return LIST_JOINT_COST;
  return WORD_COST;
}
const GAP = wordSet(/^(?:…|\.\.\.)$/);
const node = <T>(): Node<T> => ({
  next: new Map(),
  gap: null,
  values: [],
  phrase: null,
  onlyKey: null,
  onlyChild: null,
});

/** Notes the one child of every node that has one (see Node.onlyKey). */
function noteOnlyChildren<T>(root: Node<T>): void {
  const stack: Array<Node<T>> = [root];
  const seen = new Set<Node<T>>();
  while (stack.length > 0) {
    const n = stack.pop() as Node<T>;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.next.size === 1)
      for (const [key, child] of n.next) {
        n.onlyKey = key;
        n.onlyChild = child;
      }
    for (const child of n.next.values()) stack.push(child);
    if (n.gap) stack.push(n.gap);
  }
}

/** Enters, through `enter`, the child of `n` each of the token's keys leads to. */
function enterChildren<T>(
  n: Node<T>,
  keys: readonly string[],
  enter: (child: Node<T> | undefined) => void,
): void {
  const only = n.onlyKey;
  if (only !== null) {
    for (let k = 0; k < keys.length; k++) if (keys[k] === only) enter(n.onlyChild as Node<T>);
    return;
  }
  if (n.next.size > 0) for (let k = 0; k < keys.length; k++) enter(n.next.get(keys[k] as string));
}

/**
 * Matches are shared: a sentence's tokens matched again against the same list give the same array
 * back (several readers of a sentence look up the same lists), so neither it nor its matches may be
 * changed.
 */
export interface TokenTrie<T> {
  /** Leftmost-longest, non-overlapping matches in tokens[from, to). */
  find(tokens: readonly Token[], from?: number, to?: number): ReadonlyArray<Readonly<TokenMatch<T>>>;
  /** Every match starting at each token (overlapping), longest first per start. */
  findAll(tokens: readonly Token[], from?: number, to?: number): ReadonlyArray<Readonly<TokenMatch<T>>>;
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
  /** This list's bit in `Token.starts`, when the tokens carry start bits for it. */
  startBit = 0,
  /** A cheap test that rules a token out as a start before any key lookup (names: a capital). */
  mayStart: (token: Token) => boolean = () => true,
  /** Gaps stand for noun phrases and stop at an auxiliary or a relative word (demand phrasings). */
  nounGaps = false,
): TokenTrie<T> {
  const root = node<T>();
  const allKeys = new Set<string>();
  let size = 0;
  for (const entry of entries) {
    const { phrase, value } = entry;
    // A gap at either end adds nothing to what the phrase matches, and a leading one would make every
    // token a start to walk from ("… alone to decide" is matched as "alone to decide").
    let from = 0;
    let to = entry.words.length;
    while (from < to && GAP.test(entry.words[from] as string)) from++;
    while (to > from && GAP.test(entry.words[to - 1] as string)) to--;
    const words = from === 0 && to === entry.words.length ? entry.words : entry.words.slice(from, to);
    if (words.length === 0) continue;
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

  noteOnlyChildren(root);

  /** Whether any phrase can start at this token (most tokens: no, and nothing is allocated). */
  const canStart = (token: Token): boolean => {
    if (root.gap) return true;
    if (startBit !== 0 && token.starts !== -1) return (token.starts & startBit) !== 0;
    if (!mayStart(token)) return false;
    for (const key of tokenKeys(token)) if (root.next.has(key)) return true;
    return false;
  };

  // The states of a walk, as parallel arrays: a node, whether it sits inside a gap, how many tokens
  // the gap took. Two sets, swapped at each token and reused between walks (a walk calls nothing
  // that walks again), so matching allocates nothing per token.
  let nodes: Array<Node<T>> = [];
  let inGap: boolean[] = [];
  let taken: number[] = [];
  let nextNodes: Array<Node<T>> = [];
  let nextInGap: boolean[] = [];
  let nextTaken: number[] = [];
  let count = 0;
  let nextCount = 0;

  /** Adds a state to the next set; a node entered by a key only once. */
  const enter = (child: Node<T> | undefined): void => {
    if (!child) return;
    for (let s = 0; s < nextCount; s++) if (nextNodes[s] === child) return;
    pushNext(child, false, 0);
  };
  const pushNext = (n: Node<T>, gap: boolean, took: number): void => {
    nextNodes[nextCount] = n;
    nextInGap[nextCount] = gap;
    nextTaken[nextCount] = took;
    nextCount++;
  };

  /** The longest match starting at token `i`, or null. Plain loops: this runs for every token. */
  const longestAt = (tokens: readonly Token[], i: number, to: number): TokenMatch<T> | null => {
    let best: TokenMatch<T> | null = null;
    nodes[0] = root;
    inGap[0] = false;
    taken[0] = 0;
    count = 1;
    for (let j = i; j < to && count > 0; j++) {
      const token = tokens[j] as Token;
      if (token.transparent && j > i) continue;
      const keys = tokenKeys(token);
      nextCount = 0;
      for (let s = 0; s < count; s++) {
        const n = nodes[s] as Node<T>;
        // (A phrase's last node leads nowhere: most states reached are such ends, or gaps.)
        enterChildren(n, keys, enter);
        if (inGap[s]) {
          const cost = gapCost(tokens, j, false, nounGaps);
          const took = (taken[s] as number) + cost;
          if (cost >= 0 && took <= MAX_GAP * WORD_COST) pushNext(n, true, took);
        } else if (n.gap) {
          enterChildren(n.gap, keys, enter);
          const cost = gapCost(tokens, j, true, nounGaps);
          if (cost >= 0) pushNext(n.gap, true, cost);
        }
      }
      for (let s = 0; s < nextCount; s++) {
        const n = nextNodes[s] as Node<T>;
        if (nextInGap[s] || n.values.length === 0) continue;
        if (!best || j > best.last)
          best = { first: i, last: j, values: n.values, phrase: n.phrase as string };
        else if (j === best.last && n.values !== best.values) {
          // Two entries end here ("limits" of one list, the lemma "limit" of another): both hold.
          const held: TokenMatch<T> = best;
          const merged: T[] = held.values.slice();
          for (const v of n.values) if (!merged.includes(v)) merged.push(v);
          best = { first: held.first, last: held.last, values: merged, phrase: held.phrase };
        }
      }
      swap();
    }
    return best;
  };

  /** The next set becomes the current one; the old current set is reused as the next. */
  const swap = (): void => {
    const n = nodes;
    nodes = nextNodes;
    nextNodes = n;
    const g = inGap;
    inGap = nextInGap;
    nextInGap = g;
    const t = taken;
    taken = nextTaken;
    nextTaken = t;
    count = nextCount;
  };

  // The last whole-sentence results of find and findAll: the readers of one sentence ask for the
  // same lists over the same tokens, and a token array is never changed once made.
  let found: { tokens: readonly Token[] | null; matches: readonly TokenMatch<T>[] } = {
    tokens: null,
    matches: [],
  };
  let foundAll: { tokens: readonly Token[] | null; matches: readonly TokenMatch<T>[] } = {
    tokens: null,
    matches: [],
  };

  return {
    size,
    keys: allKeys,
    find(tokens, from = 0, to = tokens.length) {
      const whole = from === 0 && to === tokens.length;
      if (whole && tokens === found.tokens) return found.matches;
      const out: TokenMatch<T>[] = [];
      for (let i = from; i < to; i++) {
        const token = tokens[i] as Token;
        if (token.transparent || !canStart(token)) continue;
        const m = longestAt(tokens, i, to);
        if (m) {
          out.push(m);
          i = m.last;
        }
      }
      if (whole) found = { tokens, matches: out };
      return out;
    },
    findAll(tokens, from = 0, to = tokens.length) {
      const whole = from === 0 && to === tokens.length;
      if (whole && tokens === foundAll.tokens) return foundAll.matches;
      const out: TokenMatch<T>[] = [];
      for (let i = from; i < to; i++) {
        const token = tokens[i] as Token;
        if (token.transparent || !canStart(token)) continue;
        const m = longestAt(tokens, i, to);
        if (m) out.push(m);
      }
      if (whole) foundAll = { tokens, matches: out };
      return out;
    },
  };
}
