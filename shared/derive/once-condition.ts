/**
 * "Russia would return to the deal once its demands are met", "Hamas will free the hostages once Israel
 * agrees to a ceasefire": after an offered step, "once" opening a clause of its own (a subject and a
 * finite verb) is a condition, as "if" is. Not "once" as a time or a count: "at once", "all at once",
 * "once again", "once more", "once and for all", "once or twice", "once upon a time", "once a year",
 * "once a member of the alliance" (a noun, no verb of its own), nor "had once", "was once" (formerly).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words before "once" that make it "formerly" or "immediately": "had once", "was once", "at once". */
const NOT_CONDITION_BEFORE = wordSet(
  /^(?:at|all|had|has|have|was|were|is|are|been|'d|’d|not|never|more|than|just|only)$/,
);
/** Words after "once" that make it a count or a time: "once again", "once more", "once and for all". */
const NOT_CONDITION_AFTER = wordSet(/^(?:again|more|and|or|upon|before|every|in|a|an|too|already)$/);
/** A subject opening the clause: a determiner or possessive, a pronoun, or a name. */
const SUBJECT_OPENER = wordSet(
  /^(?:the|its|their|his|her|our|my|your|this|that|these|those|both|all|what|it|they|he|she|we|i|you)$/,
);
const PRONOUN = wordSet(/^(?:it|they|he|she|we|i|you)$/);
/** Finite verbs and auxiliaries that carry a clause on their own: "once its demands are met". */
const FINITE = wordSet(
  /^(?:is|are|was|were|has|have|had|does|do|did|will|can|gets|get|got|begins|begin|starts|start|ends|end|agrees|agree|takes|take)$/,
);
/** Words that end the "once" clause before its verb. */
const EDGE = /^(?:[,;:—–()"“”.]|and|but|or|because|while|which|who|that)$/;

/** Whether "once" at `k` opens a condition clause: a subject and its own finite verb follow. */
export function onceOpensCondition(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'once') return false;
  if (NOT_CONDITION_BEFORE.test(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  if (!next || NOT_CONDITION_AFTER.test(next.lower)) return false;
  if (!SUBJECT_OPENER.test(next.lower) && !next.capital) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 7; j++) {
    const t = tokens[j] as Token;
    if (EDGE.test(t.lower)) return false;
    if (FINITE.test(t.lower)) return true;
    // "once Israel agrees", "once it withdraws", "once they agreed": a verb right after a pronoun or name.
    const before = tokens[j - 1] as Token;
    if ((PRONOUN.test(before.lower) || before.capital) && t.word && !t.capital && /(?:s|ed)$/.test(t.lower))
      return true;
  }
  return false;
}
