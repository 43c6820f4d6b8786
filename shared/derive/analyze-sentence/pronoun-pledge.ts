/**
 * "Kabul will have completed its promise to let the prisoners go", "the path laid out by its pledge to
 * denuclearize": a pledge noun owned by a possessive pronoun, its "to" followed at once by the demand's
 * words, is the owner's own undertaking, as "China's pledge to …" is. Not when a verb of breaking or
 * letting go governs it ("had struck out its pledges to amend its laws", "reneged on its promise to …"),
 * nor when the pledge is to a step short of the demand ("its promise to draft a statute for founding the
 * association": the demand's words do not follow "to").
 */
import type { Token } from '../tokens';
import type { DemandMention } from '../demand-mentions';
import { POSSESSIVE_PRONOUNS, RELINQUISHING } from '../owned-demands';
import { wordSet } from '../word-set';
import { BROKEN } from './lexicon';

/** Taking words out of a text: "struck out", "stripped out", "deleted". */
const DELETED = wordSet(
  /^(?:struck|strike|strikes|striking|stripped|strip|deleted|delete|erased|erase|withdrew|withdraw|withdrawn|backtracked)$/,
);

/** How many words before the pronoun a verb governing the pledge may stand ("had struck out its …"). */
const GOVERNING_REACH = 3;

/**
 * Whether the pronoun at `possessive` owns the pledge noun ending at `nounLast` as an undertaking to do
 * the demand some mention starting right after its "to" names.
 */
export function pronounPledge(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  possessive: number,
  nounLast: number,
): boolean {
  if (!POSSESSIVE_PRONOUNS.has(tokens[possessive]?.lower ?? '')) return false;
  if (tokens[nounLast + 1]?.lower !== 'to') return false;
  // (The demand's words may open on its own verb, or on the object the verb takes: "to free 5,000
  // prisoners", where "free" is read apart.)
  if (!mentions.some((o) => o.kind !== 'reference' && (o.first === nounLast + 2 || o.first === nounLast + 3)))
    return false;
  return !tokens
    .slice(Math.max(0, possessive - GOVERNING_REACH), possessive)
    .some((t) => BROKEN.test(t.lower) || RELINQUISHING.test(t.lower) || DELETED.test(t.lower));
}
