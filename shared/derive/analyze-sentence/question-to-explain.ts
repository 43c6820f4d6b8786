/**
 * "Moscow sent letters asking them to explain how the principle of indivisible security is upheld",
 * "asked his counterparts to specify how they understand the principle …", "requested a clarification on
 * how the alliance understands it": a principle named inside a question someone is asked to answer is
 * the topic of the question, not the asker invoking it. The proposer's reading from the principle alone
 * (analyze.ts) is left out there; a cue of the sentence's own still decides.
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs of explaining what is asked: "explain how", "specify how", "clarify whether". */
const EXPLAINING = wordSet(
  /^(?:explain|explains|explained|explaining|clarify|clarifies|clarified|clarifying|specify|specifies|specified|specifying|detail|details|detailed|detailing|describe|describes|described|describing)$/,
);
/** Nouns of an explanation asked for: "a clarification on how", "an explanation of how". */
const EXPLANATION = wordSet(/^(?:clarification|clarifications|explanation|explanations)$/);
/** The words that open the question. */
const QUESTION = wordSet(/^(?:how|why|whether|what)$/);
/** How far back from the principle the question may open. */
const REACH = 12;

/** Whether the word at `at` stands in a question opened by a verb or noun of explaining, no break between. */
export function inQuestionToExplain(tokens: readonly Token[], at: number): boolean {
  for (let q = at - 1; q >= Math.max(1, at - REACH); q--) {
    const t = tokens[q] as Token;
    if (/^[,;:.()—–]$/.test(t.text)) return false;
    if (!QUESTION.test(t.lower)) continue;
    if (EXPLAINING.test(tokens[q - 1]?.lower ?? '')) return true;
    // ("a clarification from NATO ministers on how …": the noun a few words before "on"/"of".)
    if (/^(?:on|of|about|as)$/.test(tokens[q - 1]?.lower ?? ''))
      for (let n = q - 2; n >= Math.max(0, q - 7); n--) {
        if (/^[,;:.()—–]$/.test(tokens[n]?.text ?? '')) break;
        if (EXPLANATION.test(tokens[n]?.lower ?? '')) return true;
      }
    return false;
  }
  return false;
}
