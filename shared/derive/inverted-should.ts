/**
 * "Should" put before its subject opens a condition, not a duty: "… measures should the US turn down its
 * demands", and at the head of a sentence, "Should NATO stop expanding, Sweden's security would
 * suffer". Read as a cue, such a "should" would make the subject's act a demand of the speaker's.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words that open the subject of an inverted "should": "should the US …", "should its allies …". */
const SUBJECT_OPENING = wordSet(/^(?:the|a|an|its|their|his|her|this|these|those|any)$/);

/** Whether a subject follows the "should" at `at`: a determiner, or a name (not a headline's title case). */
function subjectFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (SUBJECT_OPENING.test(next?.lower ?? '')) return true;
  // (Not a headline's title case: "NATO Should Stop Expanding".)
  return next?.capital === true && next.text !== 'I' && tokens[at + 2]?.capital === false;
}

/**
 * Whether the "should" at `at` opens an inverted condition: after other words ("… should the US
 * reject it"), or first in a sentence that is no question and goes on past a comma to its main clause
 * ("Should Kyiv give up its bid, London would back it"; not "Should NATO stop expanding?").
 */
export function invertedShouldAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'should' || !subjectFollows(tokens, at)) return false;
  if (at > 0) return true;
  if (tokens.some((t) => t.text === '?')) return false;
  return tokens.some((t, k) => k > at + 2 && t.text === ',' && tokens[k + 1]?.word === true);
}
