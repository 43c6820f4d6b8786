import { wordSet } from '../word-set';

/**
 * A copula of lasting state before a verdict on a demand: "Hamas's demand for a permanent ceasefire
 * remains unacceptable", "Moscow's demands remain non-starters", "… stayed off the table". It links a
 * subject to the verdict after it as "is" does. (Only where a verdict cue follows within the window
 * the caller checks: "troops remain in Poland", "it remains to be seen" carry no verdict.)
 */
const LASTING_COPULA = wordSet(/^(?:remain|remains|remained|stays|stayed)$/);

/** Whether `word` links a demand subject to the verdict after it: a form of "be" or "remain"/"stay". */
export function lastingCopula(word: string): boolean {
  return LASTING_COPULA.test(word);
}
