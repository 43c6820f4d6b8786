/**
 * A refusal closed by a comma, then an example of what it covers, led by "including", "notably",
 * "above all", "especially" with the refusal's preposition moved after the lead: "the reply made no
 * concessions, including on Moscow's demand to …", "Washington would not budge, notably on the
 * Kremlin's call for …". The refusal reaches the example's owned demand noun as it does with no
 * comma ("made no concessions on Moscow's demand to …").
 */
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { exampleLeadEnd } from './phrase-helpers';
import { wordSet } from '../word-set';

/** The refusal's preposition, moved past the lead: "including on", "notably over", "above all to". */
const LEAD_PREPOSITION = wordSet(/^(?:on|over|about|regarding|to)$/);
/** Words that may stand between it and the owned noun: "including on the Kremlin's demand". */
const OWNER_LEAD = wordSet(/^(?:the|its|their|his|her)$/);

/**
 * Whether `between` (the words from `outer` to `inner`) is such a comma, lead and preposition, `outer`
 * a refusal or a stand held firm (not itself an owned noun, not negated), `inner` a party's own demand noun.
 */
export function refusalReachesExample(outer: Cue, inner: Cue, between: readonly Token[]): boolean {
  if (outer.owner || outer.negated || !inner.owner) return false;
  if (outer.attitude !== 'rejects' && outer.attitude !== 'holdFirm') return false;
  if (between[0]?.text !== ',') return false;
  let at = between[1]?.lower === 'including' ? 2 : exampleLeadEnd(between, 1);
  if (at < 0 || !LEAD_PREPOSITION.test(between[at]?.lower ?? '')) return false;
  for (at++; at < between.length; at++) if (!OWNER_LEAD.test(between[at]?.lower ?? '')) return false;
  return true;
}
