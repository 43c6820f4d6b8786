/**
 * "Sweden will not accept Russia dictating which countries may join NATO", "cannot tolerate Moscow
 * deciding who joins the alliance", "will not accept Russia telling others whether they may join": a cue before a verb of deciding or dictating governs that deciding,
 * not the question it decides ("which countries may join"); the demand's words inside the question are
 * no object of the cue (read so, the refusal of the say over membership came out as a refusal of the
 * joining — support for the very demand the speaker rejects).
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { DECIDING_INFLECTED } from '../word-lists';

// A verb of deciding or dictating for others is one with a subject of its own (DECIDING_INFLECTED: "Russia
// dictating", "that Moscow decides"). Not the bare verb: in "will not allow Russia to dictate which countries
// join" the permission refused is the say itself, which the reading of an outsider's say takes up
// (demand-mentions.ts).
/** Verbs of telling others what they may do, whose question follows their object ("telling Kyiv whether"). */
const TELLING = wordSet(/^(?:tells|told|telling)$/);
/** The words that open the question decided. */
const QUESTION = wordSet(/^(?:who|whom|which|whether)$/);

/**
 * Whether a verb of deciding opens a question between the cue (ending at `cueLast`) and the demand's
 * words at `first`: the verb after the cue, the question word right after the verb (or after the one
 * told, for a verb of telling), no clause break.
 */
export function decidedQuestionBetween(tokens: readonly Token[], cueLast: number, first: number): boolean {
  for (let k = cueLast + 1; k < first - 1; k++) {
    const t = tokens[k] as Token;
    if (/^[,;:.()—–]$/.test(t.text)) return false;
    if (DECIDING_INFLECTED.test(t.lower) && QUESTION.test(tokens[k + 1]?.lower ?? '')) return true;
    // ("telling other countries whether they may join": the one told, up to three words, between.)
    if (TELLING.test(t.lower))
      for (let q = k + 2; q <= k + 4 && q < first; q++) {
        const w = tokens[q] as Token;
        if (/^[,;:.()—–]$/.test(w.text)) break;
        if (QUESTION.test(w.lower)) return true;
      }
  }
  return false;
}
