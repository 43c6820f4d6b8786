/**
 * "Russia has no say in the discussion on Ukraine's membership", "Kyiv wants a voice in the talks on its
 * future", "no seat at the negotiations on missiles": talks named as the forum someone has (or lacks) a
 * part in are no offer of talks by anyone. Read as a cue, "discussion on" made the subject open to the
 * demand (for its proposer, support).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of a part in a forum: "a say in", "a voice in", "a seat at", "a role in". */
const PART = wordSet(/^(?:say|voice|seat|role|part|place|stake|vote)$/);
/** Words between the part and the talks: "in the", "at these", "in any". */
const BETWEEN = wordSet(/^(?:in|at|on|the|these|those|any|such|future|formal|direct)$/);

/** Whether the cue at `at` is talks named after a part in them ("say in the discussion on"). */
export function talksAsForumAt(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  let preposition = false;
  while (j >= 0 && j >= at - 4 && BETWEEN.test(tokens[j]?.lower ?? '')) {
    if (/^(?:in|at)$/.test(tokens[j]?.lower ?? '')) preposition = true;
    j--;
  }
  return preposition && PART.test(tokens[j]?.lower ?? '');
}
