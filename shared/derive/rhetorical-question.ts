/**
 * A negative question asked to assert, not to deny: "How is that not a threat to us?", "Isn't this a
 * danger for Russia?", "he asked whether that was not a threat to his country". Its "not" does not turn
 * the judgment that follows; the speaker says the thing is a threat. Read as a negation, such a question
 * would drop (or turn) the very stance it presses.
 *
 * Only the plain frames: a copula with a pointer word ("that", "this", "it") and the negation, the cue
 * right after (past "a"/"an"), and either a question mark after the cue (the inverted question) or a verb
 * of asking with "whether"/"if" before (the reported one). Not a statement ("that was not a threat"), nor
 * a question asked of someone else's view ("Is NATO not a threat?": no pointer word), nor a cue further on.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const COPULA = wordSet(/^(?:is|was|are|were)$/);
const COPULA_NOT = wordSet(/^(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t)$/);
const POINTER = wordSet(/^(?:that|this|it|these|those)$/);
const ARTICLE = wordSet(/^(?:a|an)$/);
const ASKING = wordSet(/^(?:ask|asks|asked|asking|wondered|wonders)$/);
/** What may open an inverted question: the sentence's or a quotation's start, "how", "so", "well", "and". */
const QUESTION_OPENER = wordSet(/^(?:how|so|well|and|but|then|now)$/);

/** Whether a question mark follows `from` in the sentence. */
const questionAfter = (tokens: readonly Token[], from: number): boolean =>
  tokens.slice(from).some((t) => t.text === '?');

/** Whether the inverted question's copula at `at` opens its clause (start, quote, comma or an opener word). */
function opensQuestion(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return !before || !before.word || QUESTION_OPENER.test(before.lower);
}

/**
 * Whether the negation at `neg` (its last word) is that of a negative question asked to assert, with the
 * cue starting at `cue`.
 */
export function rhetoricalNegation(tokens: readonly Token[], neg: number, cue: number): boolean {
  let k = neg + 1;
  const word = tokens[neg]?.lower ?? '';
  if (COPULA_NOT.test(word)) {
    // "Isn't that a threat …?"
    if (!POINTER.test(tokens[k]?.lower ?? '') || !opensQuestion(tokens, neg)) return false;
    k++;
    if (!questionAfter(tokens, cue)) return false;
  } else if (word === 'not') {
    const p = tokens[neg - 1]?.lower ?? '';
    const q = tokens[neg - 2]?.lower ?? '';
    // "(How) is that not a threat …?"
    const inverted =
      POINTER.test(p) && COPULA.test(q) && opensQuestion(tokens, neg - 2) && questionAfter(tokens, cue);
    // "asked whether that was not a threat …"
    const reported =
      COPULA.test(p) &&
      POINTER.test(q) &&
      /^(?:whether|if)$/.test(tokens[neg - 3]?.lower ?? '') &&
      ASKING.test(tokens[neg - 4]?.lower ?? '');
    if (!inverted && !reported) return false;
  } else return false;
  if (ARTICLE.test(tokens[k]?.lower ?? '')) k++;
  return k === cue;
}
