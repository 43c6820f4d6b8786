/**
 * "Biden declined to respect the Kremlin's red lines over Ukraine's membership of the alliance",
 * "did not accept Putin's red line on NATO expansion": a red line is a refusal, and its "over" or "on"
 * phrase names what it forbids. Refusing another side's red line keeps that thing possible, as
 * "refused to rule out Ukraine's membership" does; the preposition is the red line's own, not a noun's
 * complement that would part the refusal from the demand's words ("… a moratorium on deployments").
 * Only the red line itself refused: not one refused to be crossed ("refused to cross the Kremlin's red
 * lines on …" respects it).
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { TOPIC_PREPOSITION } from './lexicon';

const QUOTE = /^["'“”‘’]$/;
/** Words between the refusal and "red line": an accepting verb, a determiner, an owner's "'s". */
const BEFORE_RED_LINE = wordSet(
  /^(?:to|by|accept|respect|recognize|recognise|abide|honor|honour|heed|observe|acknowledge|the|a|any|its|his|their|anyone|anybody|'s|’s|so-called)$/,
);

/**
 * The index of the preposition right after "red line(s)" (past a closing quote) between tokens `from`
 * and `to` (exclusive), or -1. The words before the red line may only be an accepting verb, determiners
 * and names (capitalised: "the Kremlin's", "Russian").
 */
export function redLineTopicAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!/^lines?$/.test(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'red') continue;
    for (let j = from + 1; j < k - 1; j++) {
      const t = tokens[j] as Token;
      if (!BEFORE_RED_LINE.test(t.lower) && !/^[A-Z]/.test(t.text) && !QUOTE.test(t.text)) return -1;
    }
    let p = k + 1;
    if (QUOTE.test(tokens[p]?.text ?? '')) p++;
    // (The shared topic prepositions, and "around": "red lines around NATO expansion".)
    const w = tokens[p]?.lower ?? '';
    return p < to && (TOPIC_PREPOSITION.test(w) || w === 'around') ? p : -1;
  }
  return -1;
}
