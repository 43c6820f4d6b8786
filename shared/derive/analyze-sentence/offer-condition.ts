/**
 * "The US is prepared to lift sanctions if Iran returns to compliance", "Moscow is ready to extend the
 * deal once its part of it is implemented": an offer with a condition after it. The offer's readiness
 * is openness to what it offers; the condition is what the one offering asks in return, so a demand
 * named inside it is the holder's own ask, not something it is merely open to.
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Words that open a condition: "if", "once", "provided (that)", "providing". */
const CONDITION = wordSet(/^(?:if|once|provided|providing)$/);
/** Before "if": not a condition ("even if", "as if", "what if") or a question ("consider if", "see if"). */
const NOT_CONDITION_BEFORE = wordSet(
  /^(?:even|as|what|see|ask|asked|asking|consider|considering|decide|deciding|check|know|examine|discuss|discussing|assess|study|judge|determine|wonder|whether)$/,
);
const NEGATION = wordSet(/^(?:not|never|no|n't|nothing|without)$/);
const BREAK = wordSet(/^[;:—–()"“”]$/);

/**
 * Whether demand `m` is named in a condition the offer `cue` sets ("ready to A if B": B), so that the
 * openness the cue expresses does not reach it. Only an unnegated offer that has an object of its own
 * before the condition ("ready to lift sanctions if …", not "ready to, if …"), and an unnegated
 * condition ("… if sanctions are not lifted" is no ask).
 */
export function namedInOfferCondition(
  tokens: readonly Token[],
  cue: Cue,
  attitude: { attitude: string; negated: boolean },
  m: DemandMention,
): boolean {
  if (attitude.attitude !== 'open' || attitude.negated || cue.negated || cue.owner) return false;
  if (m.kind === 'reference' || m.first <= cue.last + 2) return false;
  for (let k = cue.last + 2; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return false;
    if (!CONDITION.test(t.lower)) continue;
    if (NOT_CONDITION_BEFORE.test(tokens[k - 1]?.lower ?? '')) return false;
    // (The condition's own words, up to just past the demand: "if the deal is not implemented".)
    const inside = tokens.slice(k + 1, Math.min(tokens.length, m.last + 4));
    if (inside.some((u) => NEGATION.test(u.lower) || BREAK.test(u.text))) return false;
    // (Nor a second condition or clause between: "…, if asked, and once …".)
    if (tokens.slice(k + 1, m.first).some((u) => u.text === ',')) return false;
    return m.first - k <= 10;
  }
  return false;
}

/** Past or perfect forms: "until Iran agreed", "once the deal had been signed" tell what happened. */
const PAST = /^(?:had|was|were|did|been)$|[a-z]ed$/;

/**
 * Whether "until" or "once" at `opener` opens a condition still awaited up to the cue at `cue` ("until
 * China agrees to reforms", "once Washington lifts sanctions"), not a time already past ("until Iran
 * agreed to the inspections").
 */
export function awaitedCondition(tokens: readonly Token[], opener: number, cue: number): boolean {
  const words = tokens.slice(opener + 1, cue + 1);
  return !words.some(
    (u) => PAST.test(u.lower) && !/^(?:need|seed|speed|feed|breed|proceed|succeed|exceed)$/.test(u.lower),
  );
}
