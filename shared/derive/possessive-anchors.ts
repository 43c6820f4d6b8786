/**
 * Anchors worded with a possessive pronoun ("its exports", "our agricultural", "their door") tie a
 * general subject to a demand only when the pronoun's owner is one of the demand's proposers: said by
 * Ukraine's minister, "the curbs on our agricultural exports" are Ukraine's exports, not the Russian
 * exports whose curbs Moscow asks to lift. "our" is the speaker's party; "its", "their", "his", "her"
 * the party they point back to in the sentence (none named: the speaker's). An owner that cannot be told leaves the anchor unread.
 */
import type { ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const FIRST_PERSON = /^(?:our|my)$/;
const THIRD_PERSON = /^(?:its|their|his|her)$/;

/** The possessive pronoun an anchor opens with ("its exports", "our own exports", "own exports" after one), or -1. */
function possessiveAt(tokens: readonly Token[], a: TokenMatch<string>): number {
  const w = tokens[a.first]?.lower ?? '';
  if (FIRST_PERSON.test(w) || THIRD_PERSON.test(w)) return a.first;
  if (w === 'own') {
    const b = tokens[a.first - 1]?.lower ?? '';
    if (FIRST_PERSON.test(b) || THIRD_PERSON.test(b)) return a.first - 1;
  }
  return -1;
}

/**
 * The anchors found, each kept for the demands whose proposers own its possessive pronoun (anchors
 * with none are kept whole). `ownerOf(i)` finds the party a third-person pronoun before token i
 * points back to; `speakerParties` are the parties of the sentence's speaker, if a party speaks.
 */
export function ownAnchors(
  found: ReadonlyArray<TokenMatch<string>>,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  speakerParties: readonly string[] | undefined,
  ownerOf: (first: number) => ActorMention | undefined,
): Array<TokenMatch<string>> {
  const out: Array<TokenMatch<string>> = [];
  for (const a of found) {
    const p = possessiveAt(tokens, a);
    // ("Ukraine's own exports": the party named before "own" owns them.)
    const namedOwner =
      tokens[a.first]?.lower === 'own' && /^['’]s?$/.test(tokens[a.first - 1]?.text ?? '')
        ? actors.find((x) => x.last === a.first - 2 && x.parties.length > 0)
        : undefined;
    if (p < 0 && !namedOwner) {
      out.push(a);
      continue;
    }
    const owners = namedOwner
      ? namedOwner.parties
      : FIRST_PERSON.test(tokens[p]?.lower ?? '')
        ? (speakerParties ?? [])
        : // ("He said the barriers to its exports …": no party named before it, the speaker's.)
          (ownerOf(p + 1)?.parties ?? speakerParties ?? []);
    const values = a.values.filter((d) => owners.some((o) => compiled.proposers.get(d)?.has(o)));
    if (values.length === a.values.length) out.push(a);
    else if (values.length > 0) out.push({ ...a, values });
  }
  return out;
}

/** A name after a place preposition is seldom what a pronoun points back to. */
const PLACE_PREPOSITION = wordSet(/^(?:near|toward|towards|into|along|around|against|inside|beside)$/);

/**
 * The party a possessive pronoun at token `k` points back to ("Putin would pull back his troops"): the
 * nearest named before it (not by an adjective), preferring one not named after a place preposition.
 * `passOver` leaves out names the caller can tell are not meant (the sentence scan, which knows the
 * sentence's cues: a name owning a demand noun, "U.S. demands to curb its subsidies").
 */
export function pronounOwner(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  k: number,
  passOver: (a: ActorMention) => boolean = () => false,
): ActorMention | undefined {
  const candidates = [...actors]
    .reverse()
    .filter((a) => a.last < k && a.kind !== 'adjective' && !passOver(a));
  // "refrain from deploying missiles near Russia and roll back its deployments": a name after a
  // place preposition is seldom what the pronoun points back to.
  const placed = (a: ActorMention): boolean => {
    const b = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
    return (
      PLACE_PREPOSITION.test(tokens[b]?.lower ?? '') ||
      (tokens[b]?.lower === 'from' && tokens[b - 1]?.lower === 'away') ||
      // "willing to listen to Russia's concerns but … on its enlargement": an object's owner in a
      // clause before the contrast neither ("objected to Russia's drills and its missiles" is Russia's).
      (tokens[b]?.lower === 'to' &&
        /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '') &&
        tokens.slice(a.last + 1, k).some((t) => /^(?:but|yet)$/.test(t.lower)))
    );
  };
  // "Serbs walked out when the Kosovo government insisted that their plates be changed": "their" does
  // not point back to a party named by one person or body in the singular ("the government", "the
  // prime minister") where a party named otherwise stands before it.
  const singular = (a: ActorMention): boolean => {
    const head = tokens[a.last];
    return !!head && head.text === head.lower && /^[a-z]+$/.test(head.lower) && !/s$/.test(head.lower);
  };
  if (tokens[k]?.lower === 'their') {
    const agreeing = candidates.find((a) => !placed(a) && !singular(a));
    if (agreeing && candidates.some((a) => !placed(a) && singular(a) && a.last > agreeing.last))
      return agreeing;
  }
  return candidates.find((a) => !placed(a)) ?? candidates[0];
}
