/**
 * The proposer named as accepting what its demand's opposite says, in a clause hung on a noun after it:
 * "each state may choose its alliances, a principle Moscow, in his words, has never disputed", "…, a right
 * Russia says it respects". The proposer there grants the principle; that is no grievance against it
 * (named-proposer.ts would read the proposer named with its demand's words as holding the demand). What
 * it refuses is still its own: "…, a principle Moscow rejects".
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Nouns that restate a principle or right in apposition: "a principle", "a right", "a rule". */
const PRINCIPLE_NOUN = wordSet(
  /^(?:principle|principles|right|rights|rule|rules|norm|norms|idea|tenet|freedom|commitment|position|point)$/,
);
const ACCEPTING = wordSet(
  /^(?:respects?|respected|accepts?|accepted|recognises?|recognised|recognizes?|recognized|acknowledges?|acknowledged|endorses?|endorsed|shares?|shared|upholds?|upheld|honours?|honoured|honors?|honored|supports?|supported|backs|backed)$/,
);
const DISPUTING = wordSet(
  /^(?:disputes?|disputed|questions?|questioned|challenges?|challenged|contests?|contested|denies|denied|rejects?|rejected|opposes?|opposed)$/,
);
/** Words that may stand before the verb: "has never", "says it", "in his words". */
const BEFORE_VERB = wordSet(
  /^(?:has|have|had|does|did|do|is|was|always|long|says|said|it|they|also|still|itself|fully|openly)$/,
);

/** Whether naming `a` of the proposer, after mention `m`, accepts the principle `m`'s words state. */
export function acceptedPrinciple(tokens: readonly Token[], a: ActorMention, m: DemandMention): boolean {
  if (a.first <= m.last) return false;
  // ", a principle" / ", which" between the demand's words and the naming.
  let k = a.first - 1;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!PRINCIPLE_NOUN.test(tokens[k]?.lower ?? '')) return false;
  k--;
  while (/^(?:a|an|the|one|basic|core|key|fundamental|founding|same)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.text !== ',' || k < m.last + 1 || k > m.last + 3) return false;
  // After the naming: an aside set off by commas ("in his words"), then the verb.
  let j = a.last + 1;
  if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > j && i <= j + 5 && t.text === ',');
    if (close < 0) return false;
    j = close + 1;
  }
  let negated = false;
  for (; j < tokens.length && j <= a.last + 12; j++) {
    const w = tokens[j]?.lower ?? '';
    if (/^(?:not|never|no)$/.test(w)) negated = true;
    else if (ACCEPTING.test(w)) return !negated;
    else if (DISPUTING.test(w)) return negated;
    else if (!BEFORE_VERB.test(w)) return false;
  }
  return false;
}
