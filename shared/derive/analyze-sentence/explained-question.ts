/**
 * "Lavrov wrote to his counterparts, asking them to explain how the principle of the indivisibility of
 * security is upheld", "Moscow urged the allies to clarify whether they still stood by the 1997 act": a
 * request to explain or clarify an embedded question ("how …", "whether …", "what …") asks others for
 * an account; the demand named inside the question is not what the request seeks, so the request cue
 * before it does not reach it (read-mentions.ts).
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs of giving an account that take an embedded question. */
const EXPLAIN = wordSet(/^(?:explain|clarify|specify|elaborate)$/);
/** What opens the embedded question. */
const QUESTION = wordSet(/^(?:how|whether|what|why|if)$/);

/** Whether "explain how", "clarify whether" … stands between a cue ending at `cueLast` and `mentionFirst`. */
export function explainedQuestionBetween(
  tokens: readonly Token[],
  cueLast: number,
  mentionFirst: number,
): boolean {
  for (let k = cueLast + 1; k < mentionFirst - 1; k++) {
    if (!EXPLAIN.test(tokens[k]?.lower ?? '')) continue;
    // ("to explain to Washington how …": past a short "to …" of the one told.)
    let q = k + 1;
    if (tokens[q]?.lower === 'to' && !QUESTION.test(tokens[q + 1]?.lower ?? '')) q += 2;
    if (QUESTION.test(tokens[q]?.lower ?? '') && q < mentionFirst) return true;
  }
  return false;
}
