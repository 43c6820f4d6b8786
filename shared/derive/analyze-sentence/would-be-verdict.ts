/**
 * "Biden said triggering Article 16 would be reckless", "Washington said scrapping the protocol would be a
 * mistake": a verdict on the demand's opposite, told with "would be" because the act has not happened. It
 * is a refusal of that act now (support of the demand), not a conditional acceptance; an if-clause
 * keeps the condition ("talks would be a mistake if …"), except after "it", which stands for the act
 * the if-clause names ("it would be a mistake if London triggered Article 16").
 */
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const WOULD = wordSet(/^(?:would|will)$/);
/** Between "be" and the verdict: "would be a grave mistake", "would be deeply irresponsible". */
const FILLER = wordSet(
  /^(?:a|an|the|very|deeply|utterly|extremely|grave|serious|big|huge|terrible|historic|so|most|highly)$/,
);
const CONDITION = wordSet(/^(?:if|unless|provided)$/);

/** Whether the rejecting cue is a "would be" verdict on the demand's opposite (direction -1), with no if-clause. */
export function wouldBeVerdict(
  tokens: readonly Token[],
  cue: Cue,
  attitude: { attitude: string; negated: boolean },
  direction: number,
): boolean {
  if (attitude.attitude !== 'rejects' || attitude.negated || direction !== -1) return false;
  let k = cue.first - 1;
  while (k >= 0 && k >= cue.first - 4 && FILLER.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'be' || !WOULD.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("it would be a mistake if London triggered it": "it" stands for the act the if-clause names.)
  return tokens[k - 2]?.lower === 'it' || !tokens.some((t) => CONDITION.test(t.lower));
}
