/**
 * "admit" taking a member, not making an admission: "which countries NATO admits", "the alliance admitted
 * Montenegro in 2017", "admitting new members". Coverage of enlargement uses the verb both ways, and read as
 * a speech verb it made the alliance the speaker of a sentence someone else said ("Russia has no veto over
 * which countries NATO admits, Stoltenberg said"). Two shapes are membership only:
 * - the verb's object was fronted as a question word a few words before it, past its subject ("who the
 *   alliance admits", "which countries NATO admits"; not "Moscow, which admits that …", where the word is
 *   the verb's subject);
 * - a membership noun, or a name that a clause does not follow, right after it ("admitted new members",
 *   "admits Finland and Sweden", "admitted Montenegro despite …"; not "admitted Russia had a point").
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const ADMIT = wordSet(/^(?:admit|admits|admitted|admitting)$/);
const FRONTED_OBJECT = wordSet(/^(?:who|whom|which|what|whichever|whoever)$/);
/** Right after a question word, a verb or adverb makes the word the verb's subject: "who has admitted …". */
const SUBJECT_GAP = wordSet(
  /^(?:has|have|had|is|was|were|are|be|been|will|would|can|could|may|might|must|shall|should|did|does|do|also|just|now|ever|never|once)$/,
);
/** After the verb, what only an admission takes: "admits that …", "admitted to …", "admitted, …". */
const ADMISSION_AFTER = wordSet(/^(?:that|to|,|:|—|–)$/);
const MEMBER_OBJECT = wordSet(
  /^(?:new|further|more|members?|countries|states|nations|applicants?|candidates?)$/,
);
/** After a name taken in: no clause goes on (a preposition, a conjunction joining names, or the end). */
const AFTER_NAME_TAKEN = wordSet(
  /^(?:,|\.|;|—|–|in|into|to|as|despite|and|at|after|before|on|while|when|without|until|once|or|unless|if)$/,
);

/** Whether the "admit" word at `i` takes a member rather than reporting an admission. */
export function admitsMember(tokens: readonly Token[], i: number): boolean {
  if (!ADMIT.test(tokens[i]?.lower ?? '')) return false;
  const next = tokens[i + 1];
  if (next?.lower === 'that') return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k] as Token;
    if (FRONTED_OBJECT.test(t.lower)) {
      const gap = tokens[k + 1]?.lower ?? '';
      return !SUBJECT_GAP.test(gap) && !gap.endsWith('ly');
    }
    if (!t.word) break;
  }
  if (!next || ADMISSION_AFTER.test(next.lower)) return false;
  if (MEMBER_OBJECT.test(next.lower)) return true;
  if (!(next.word && next.capital)) return false;
  let k = i + 1;
  while (tokens[k + 1]?.word && tokens[k + 1]?.capital) k++;
  const after = tokens[k + 1];
  return !after || AFTER_NAME_TAKEN.test(after.lower);
}
