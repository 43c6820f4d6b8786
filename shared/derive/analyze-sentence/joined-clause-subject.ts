/**
 * "NATO is willing to talk, and NATO rejects any Russian veto on …", "ready to negotiate, but the
 * allies refuse any curbs on …": after a comma and a conjunction, a party named right before the next
 * cue is that clause's own subject. The second cue is no link in the first one's chain (the
 * willingness to talk is not about what the second clause refuses). Without the comma, "demanded the
 * US and NATO agree to …" names the addressees of one demand and stays linked.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const CLAUSE_CONJUNCTION = wordSet(/^(?:and|but|yet|while|whereas)$/);
/** Words between the new subject and its verb: auxiliaries and adverbs of the verb. */
const BEFORE_VERB = wordSet(
  /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|does|do|did|also|still|firmly|flatly|now|already)$/,
);

/** Whether `between` (the words between two cues) is ", and/but <a party> [auxiliary]": a new clause. */
export function newClauseSubjectBetween(between: readonly Token[], actors: readonly ActorMention[]): boolean {
  if (between[0]?.text !== ',' || !CLAUSE_CONJUNCTION.test(between[1]?.lower ?? '')) return false;
  // The subject: one party or several joined ("Britain and France"), a determiner before the first.
  let j = 2;
  let named = false;
  for (;;) {
    const at = between[j];
    if (!at) break;
    const subject = actors.find(
      (a) =>
        a.parties.length > 0 &&
        (a.first === at.i || (a.first === at.i + 1 && /^(?:the|its|their)$/.test(at.lower))),
    );
    if (!subject) break;
    named = true;
    while (j < between.length && (between[j] as Token).i <= subject.last) j++;
    if (!/^(?:and|or)$/.test(between[j]?.lower ?? '')) break;
    j++;
  }
  return named && between.slice(j).every((t) => BEFORE_VERB.test(t.lower));
}
