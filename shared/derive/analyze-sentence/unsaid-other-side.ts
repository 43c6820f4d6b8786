/**
 * "Lighthizer would not say whether Beijing had accepted the plan", "Mnuchin declined to say if China
 * would agree to …": a hedge cue ("would not say", "declined to say") whose open question is what
 * another party does. The holder keeps quiet about the other side's answer, not about its own stance,
 * so the hedge is no position of the holder on the demand. (Its own side or no party after "whether"
 * — "would not say whether tariffs would be lifted", "… whether Washington would …" said by a US
 * official — is its own hedge: unclear.)
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const WHETHER = wordSet(/^(?:whether|if)$/);
const LEAD = wordSet(/^(?:the|its|their|his|her|or|not)$/);

/** Whether the unclear cue leaves open a question whose subject is a party other than the holder's. */
export function hedgeOnOtherSide(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cue: Cue,
  holderParties: readonly string[],
): boolean {
  let w = cue.last;
  if (!WHETHER.test(tokens[w]?.lower ?? '')) w++;
  if (!WHETHER.test(tokens[w]?.lower ?? '')) return false;
  let k = w + 1;
  while (k < w + 4 && LEAD.test(tokens[k]?.lower ?? '')) k++;
  const subject = actors.find((a) => a.first === k);
  return !!subject && subject.parties.length > 0 && !subject.parties.some((p) => holderParties.includes(p));
}
