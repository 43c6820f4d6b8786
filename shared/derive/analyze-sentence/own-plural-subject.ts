/**
 * "Stoltenberg said NATO wanted to discuss Ukraine, while stressing that the member states stood firmly
 * behind Ukraine's right to decide its own future", "…, and allies backed Kyiv's right to …": a clause
 * with a subject of its own, a plural noun of states or people that names no party ("the member
 * states", "allies", "the capitals"), is not held by a party named before it in an earlier clause —
 * least of all by the earlier clause's object ("discuss Ukraine"). The holder search then stops looking
 * across the comma and back into earlier clauses (holders.ts); the speaker of the sentence, if any, is
 * still the one reporting it.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { PLURAL_MEMBER_NOUN } from '../word-lists';
import { AUXILIARY, MODAL_FILLER } from './lexicon';

/** Plural heads naming states (beside PLURAL_MEMBER_NOUN) or the people who speak for them. */
const PLURAL_BODY = wordSet(/^(?:partners|governments|capitals|leaders|officials|ministers|diplomats)$/);
/** Modifiers of such a head: "the member states", "other allies", "western capitals". */
const BODY_MODIFIER = wordSet(
  /^(?:member|other|western|eastern|allied|fellow|several|many|some|all|both|most|partner)$/,
);
/** What may open the subject's clause: a complementiser, a conjunction, a comma. */
const OPENER = wordSet(/^(?:that|while|whereas|and|but|,)$/);

/**
 * Whether the verb at `cueFirst` has its own plural subject noun of states or people that names no
 * party, opening a clause ("that the member states stood …", ", and allies backed …").
 */
export function ownPluralSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cueFirst: number,
  clauseFirst: number,
): boolean {
  let k = cueFirst - 1;
  while (
    k > clauseFirst &&
    (MODAL_FILLER.has(tokens[k]?.lower ?? '') || AUXILIARY.has(tokens[k]?.lower ?? ''))
  )
    k--;
  const head = tokens[k];
  if (
    !head?.word ||
    head.text !== head.lower ||
    !(PLURAL_MEMBER_NOUN.test(head.lower) || PLURAL_BODY.test(head.lower))
  )
    return false;
  // ("the member states", "western allies": up to two lower-case modifiers, after "the" or not.)
  let start = k;
  for (let m = 0; m < 2; m++) {
    const t = tokens[start - 1];
    if (!t?.word || t.text !== t.lower || !BODY_MODIFIER.test(t.lower)) break;
    start--;
  }
  if (tokens[start - 1]?.lower === 'the') start--;
  if (actors.some((a) => a.last >= start && a.first <= k)) return false;
  const before = tokens[start - 1]?.lower ?? '';
  // (After "and"/"but" only past a comma: "Washington and allies rejected …" is one subject.)
  if (before === 'and' || before === 'but') return tokens[start - 2]?.text === ',';
  return OPENER.test(before);
}
