/**
 * "Biden said American troops will leave Afghanistan", "Trump said the joint drills will stop", "Kurti
 * said the special police would withdraw from the north": the act asked, told with the act's own noun as
 * subject of an intransitive verb of the act ("leave", "stop", "withdraw", "end"), after "will", "would" or
 * "is going to". The active twin of "the drills will be suspended" (addresseeCommitsPassive), read with
 * the same guards there: the party the demand is put to, in its own word.
 *
 * Only where the modal and the verb after it lie inside the demand's own match (the frame's subject and
 * its verb after it: "troops … will leave"), so the verb is the demand's act; not "will be" (the passive
 * reader's), not a denial ("will not leave", "would never stop"), not "will have to", "would like to".
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const MODAL = wordSet(/^(?:will|would|shall|['’]ll)$/);
const GOING_BE = wordSet(/^(?:is|are|was|were|['’]s|['’]re)$/);
/** What after the modal is no act of the demand's: a passive, a denial, a need or a wish. */
const NOT_ACT = wordSet(/^(?:be|not|never|n['’]t|have|need|like|want|rather|only|then|also)$/);

/** The modal's [first, last] token inside the mention (from, to], or null. */
export function activeUndertakingIn(
  tokens: readonly Token[],
  from: number,
  to: number,
): [number, number] | null {
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    if (MODAL.test(w)) return NOT_ACT.test(tokens[k + 1]?.lower ?? '') ? null : [k, k];
    if (GOING_BE.test(w) && tokens[k + 1]?.lower === 'going' && tokens[k + 2]?.lower === 'to' && k + 3 <= to)
      return NOT_ACT.test(tokens[k + 3]?.lower ?? '') ? null : [k, k + 2];
  }
  return null;
}
