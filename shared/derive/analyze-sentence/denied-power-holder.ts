/**
 * The proposer named as the subject of its demand's opposite words where those words deny it a power:
 * "Stoltenberg said Moscow has no veto over NATO enlargement", "Russia has no say over who joins, Blinken
 * said", "Moscow should have no right to veto …". The one denied the veto is what the speaker talks
 * about; it holds nothing there (named-proposer.ts would read the proposer named with its demand's
 * words as wanting the demand). The speaker's refusal is read as before.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** What may stand between the subject and the denial: "has", "should have", "still has", "does". */
const HAVING = wordSet(
  /^(?:has|have|had|gets?|got|does|do|did|should|will|would|can|could|must|shall|still|also|simply|certainly|clearly|therefore|thus|absolutely)$/,
);
/** The denial opening the opposite words: "no veto", "not have a veto", "never had a say". */
const DENIAL = /^(?:no|not|never|n['’]t)$/;

/** Whether naming `a` is the subject of the opposite words `m`, opening on a denial, with only auxiliaries between. */
export function deniedPowerHolder(tokens: readonly Token[], a: ActorMention, m: DemandMention): boolean {
  if (m.direction !== -1 || a.last >= m.first) return false;
  if (!DENIAL.test(tokens[m.first]?.lower ?? '')) return false;
  for (let k = a.last + 1; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (!t.transparent && !HAVING.test(t.lower)) return false;
  }
  return m.first > a.last + 1 && /^(?:ha[sdv]e?|gets?|got)$/.test(tokens[m.first - 1]?.lower ?? '')
    ? true
    : // ("Moscow does not have a veto": the denial before the verb of having, inside the words.)
      tokens
        .slice(m.first, Math.min(m.last + 1, m.first + 3))
        .some((t) => /^(?:ha[sdv]e?|gets?|got)$/.test(t.lower));
}
