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

/** The party a possessive pronoun before token `first` points back to: the nearest named before it. */
export function nearestOwner(actors: readonly ActorMention[], first: number): ActorMention | undefined {
  return [...actors]
    .reverse()
    .find((a) => a.last < first - 1 && a.kind !== 'adjective' && a.parties.length > 0);
}
