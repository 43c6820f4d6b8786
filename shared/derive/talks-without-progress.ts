/**
 * "Ryabkov lamented that discussions on NATO's non-expansion have not yielded any progress", "Sherman
 * said discussions on missile limits have stalled": talks on a demand told as the subject of a report
 * that they went nowhere are an account of the talks, no offer of talks by the one who reports them.
 * Read as a cue, "discussions on" made the speaker open to the demand. Only the talks noun of the cue
 * ("discussions on"), followed in its own clause (no comma, no "that"/"which", no conjunction) by a
 * plain failure: a negated verb of yielding ("have not yielded", "did not produce"), a verb of yielding
 * with "no"/"little" after it ("made no progress", "yielded little"), or a verb of stalling ("have
 * stalled", "broke down", "went nowhere").
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of talks a cue may open with: "discussions on", "talks on". */
const TALKS_NOUN = wordSet(/^(?:discussions?|talks|negotiations?|dialogue|consultations?)$/);
/** Prepositions of a topic after the talks noun. */
const TOPIC = wordSet(/^(?:on|about|over|of|regarding|concerning)$/);
/** Verbs of yielding a result, after a negation or before "no"/"little". */
const YIELD_VERB = wordSet(
  /^(?:yield|yielded|yields|produce|produced|produces|bring|brought|brings|made|make|makes|achieved|achieve|achieves|delivered|deliver|delivers)$/,
);
/** Verbs that tell talks failed on their own: "have stalled", "broke down", "went nowhere". */
const STALL_VERB = wordSet(
  /^(?:stalled|stall|stalls|deadlocked|faltered|floundered|collapsed|failed|fail|fails)$/,
);
/** Auxiliaries before the verb: "have not yielded", "had stalled", "did not produce", "remain stalled". */
const AUXILIARY = wordSet(
  /^(?:have|has|had|did|do|does|so|far|yet|also|still|largely|remain|remained|remains|been|reportedly)$/,
);
const NEGATION = wordSet(
  /^(?:not|never|n't|n’t|haven't|hasn't|hadn't|didn't|don't|doesn't|haven’t|hasn’t|hadn’t|didn’t|don’t|doesn’t)$/,
);
/** Words that end the talks' noun phrase before any verb: a new clause or item. */
const PHRASE_END = wordSet(
  /^(?:,|;|:|\.|that|which|who|whom|whose|but|while|whereas|although|though|because|as|if|unless|when|and|or|to|should|would|could|will|can|may|might|must|are|is|was|were|be)$/,
);
/** How far after the cue the verb may stand (the demand's words between). */
const REACH = 10;

/** Whether a failure of talks opens at `k`: "(have) not yielded", "made no", "stalled", "broke down", "went nowhere". */
function failureAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  let negated = false;
  while (j < k + 4) {
    const w = tokens[j]?.lower ?? '';
    if (NEGATION.test(w)) negated = true;
    else if (!AUXILIARY.test(w)) break;
    j++;
  }
  const verb = tokens[j]?.lower ?? '';
  const next = tokens[j + 1]?.lower ?? '';
  if (YIELD_VERB.test(verb)) return negated || next === 'no' || next === 'little' || next === 'nothing';
  if (negated) return false;
  if (STALL_VERB.test(verb)) return true;
  if (/^(?:broke|broken|break|breaks)$/.test(verb)) return next === 'down';
  return /^(?:went|go|goes|gone|led|lead|leads)$/.test(verb) && next === 'nowhere';
}

/**
 * Whether the open cue ending at `last` is talks on a demand ("discussions on …") whose own clause
 * goes on to tell they failed ("… have not yielded any progress").
 */
export function talksWithoutProgressAt(tokens: readonly Token[], last: number): boolean {
  if (!TOPIC.test(tokens[last]?.lower ?? '') || !TALKS_NOUN.test(tokens[last - 1]?.lower ?? '')) return false;
  for (let k = last + 1; k < tokens.length && k <= last + REACH; k++) {
    const t = tokens[k] as Token;
    if (failureAt(tokens, k)) return k > last + 1;
    if (PHRASE_END.test(t.lower)) return false;
  }
  return false;
}
