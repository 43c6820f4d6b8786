/**
 * "weigh" is a cue of openness when a party weighs the demand itself ("Washington is weighing sanctions
 * relief", "China appears to be weighing purchases of farm goods"). It weighs nothing up:
 * - in its other senses, told by the word after it: "weighed in on the debate" (gave a view), "weighs
 *   (heavily) on the talks" (burdened), "weighed down", "weighed into the row", "weighs against a deal",
 *   "other aims weigh more with us" (matter more);
 * - as the infinitive or gerund of another's verb: "Seoul urged the Americans to weigh sanctions relief"
 *   (Seoul's push, not the Americans' deliberation), "no one may bar it from weighing an application";
 * and its reading is no openness to the demand when what is weighed is the demand's opposite ("NATO
 * weighed growing eastward", "a response in the event of the deployment of …") or someone's proposal
 * for it ("Kabul is weighing an American plan for …", deliberated-proposal.ts).
 */
import type { ActorMention } from './actors';
import { weighedProposalVerb } from './analyze-sentence/deliberated-proposal';
import type { SentenceFinding } from './analyze-sentence/types';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const WEIGH = wordSet(/^(?:weigh|weighs|weighed|weighing)$/);
/** Particles and adverbs of its other senses; a degree word is mattering ("weigh more with us"). */
const OTHER_SENSE = wordSet(
  /^(?:in|into|on|upon|down|against|out|with|heavily|heavy|lightly|more|less|most|least|much|little)$/,
);
/** Before the verb, making it another verb's complement: "urged X to weigh", "barred from weighing". */
const GOVERNED = wordSet(/^(?:to|from)$/);

/** True when the one-word cue at `at` is a form of "weigh" that weighs no matter up of its subject's. */
export function weighedInOtherSense(tokens: readonly Token[], at: number): boolean {
  if (!WEIGH.test(tokens[at]?.lower ?? '')) return false;
  return OTHER_SENSE.test(tokens[at + 1]?.lower ?? '') || GOVERNED.test(tokens[at - 1]?.lower ?? '');
}

/** Drops readings of "weigh" whose object is the demand's opposite, or a proposal for it. */
export function dropWeighedOpposites(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  findings: SentenceFinding[],
): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    // (The cue may run on over the owned noun it took: "weighing an American plan".)
    if (!WEIGH.test(f.cue.toLowerCase().split(/\s+/)[0] ?? '')) continue;
    if (f.mention.direction !== 1 || weighedProposalVerb(tokens, f.mention, actors) >= 0)
      findings.splice(i, 1);
  }
}
