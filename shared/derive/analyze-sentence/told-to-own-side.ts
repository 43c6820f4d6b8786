/**
 * "Putin said Russia was told that NATO had no plans to expand east", "…, Antonov writes, Moscow was told
 * that NATO had no plans to move eastward": what a speaker says its own side was told (assured, promised)
 * is that side's account of what it heard, with no teller named; it is not the position of the party
 * named inside it. (The writer's own "Russia was told on Friday that …" is left as it was read.)
 */
import type { ActorMention } from '../actors';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const TOLD = wordSet(/^(?:told|assured|reassured|informed|promised|guaranteed)$/);
const PASSIVE_BE = wordSet(/^(?:was|were|been|is|are|being|be)$/);
const FIRST_PERSON = wordSet(/^(?:we|i)$/);
/** Words that end the content clause looked back over. */
const BREAK = /^[;.!?]$/;

/**
 * Whether the finding whose cue starts at `cueFirst`, held by `holderParties`, sits in a content clause
 * of "X was told (that) …" with X the speaker's own side (or "we" in its mouth) and not the holder.
 */
export function toldToSpeakersSide(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cueFirst: number,
  holderParties: readonly string[],
  speaker: Speaker | null,
): boolean {
  if (speaker?.kind !== 'party' || speaker.document) return false;
  for (let k = cueFirst - 1; k >= 1 && k >= cueFirst - 14; k--) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return false;
    if (!TOLD.test(t.lower) || !PASSIVE_BE.test(tokens[k - 1]?.lower ?? '')) continue;
    // "Moscow was told", "Russia had been assured", "we were promised".
    const beFirst = tokens[k - 2]?.lower === 'had' || tokens[k - 2]?.lower === 'have' ? k - 2 : k - 1;
    const subject = tokens[beFirst - 1];
    if (!subject) return false;
    const told = FIRST_PERSON.test(subject.lower)
      ? speaker.parties
      : (actors.find((a) => a.last === beFirst - 1)?.parties ?? []);
    return (
      told.length > 0 &&
      told.some((p) => speaker.parties.includes(p)) &&
      !holderParties.some((p) => told.includes(p))
    );
  }
  return false;
}
