/**
 * "Washington rejected Moscow's core demand, a guarantee that Ukraine would never join NATO": a noun of
 * undertaking set after a comma beside a demand noun, with its own "that" clause, restates that noun
 * and says what it asks. The clause after the comma reads as an apposition naming the demand ("…'s key
 * demand, a halt to …"), whatever governed the demand noun governing it; the undertaking noun is the
 * apposition's own noun, no cue of anyone's.
 */
import { ASKING_NOUN } from '../demand-topics';
import type { Token } from '../tokens';
import { UNDERTAKING_WORD } from '../word-lists';
import { wordSet } from '../word-set';

/** What may stand between the article and the undertaking noun: "a firm, written promise". */
const UNDERTAKING_MODIFIER = wordSet(
  /^(?:firm|formal|written|legal|legally|binding|legally-binding|ironclad|cast-iron|watertight|solid|permanent|lasting|public|explicit|clear|,)$/,
);

/**
 * The undertaking noun of an apposition opening at `start` right after "<demand noun>," and going on with
 * "that" ("…'s demand, a firm promise that …"), or -1. At most three modifiers before the noun.
 */
export function apposedUndertakingAt(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.text !== ',' || !ASKING_NOUN.test(tokens[start - 2]?.lower ?? '')) return -1;
  let k = start;
  if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  for (let n = 0; n < 3 && UNDERTAKING_MODIFIER.test(tokens[k]?.lower ?? ''); n++) k++;
  return UNDERTAKING_WORD.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'that' ? k : -1;
}
