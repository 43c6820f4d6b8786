import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const BE = wordSet(/^(?:be|is|are|was|were|been|being)$/);

/**
 * Whether the restriction of a frame mention lies past an owned noun's infinitive, in the predicate the
 * owned phrase is the subject of: "Ukraine's bid to join NATO was blocked by Hungary", "will not let
 * Kyiv's bid to join NATO be blocked". The bid holds only "to join NATO"; the blocking is someone
 * else's, so the owner holds no stance from the whole mention. ("Russia's demand that NATO expansion be
 * halted", "Russia's demand for the accession to be blocked": the restriction inside the content stays.)
 */
export function restrictionPastOwnedInfinitive(
  tokens: readonly Token[],
  cue: Cue,
  m: DemandMention,
): boolean {
  if (m.kind !== 'frame' || tokens[cue.last + 1]?.lower !== 'to') return false;
  if (m.first < cue.last + 2 || m.first > cue.last + 3) return false;
  for (let k = m.first + 1; k <= m.last; k++)
    if (BE.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower !== 'to') return true;
  return false;
}
