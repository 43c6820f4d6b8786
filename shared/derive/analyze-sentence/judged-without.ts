/**
 * A verdict on a step that lacks the demand: "a peace treaty would be impossible without the delimitation
 * of the border", "Moscow rejected any deal unless the sanctions are lifted", "condemned a pullout without
 * a ceasefire". What is judged impossible or rejected is the step taken without the demand; the demand is
 * what that step waits for, so the verdict is no rejection of it (withheld-conditions.ts reads when it is
 * the holder's own condition). Only where "without" opens the demand's own words (past determiners and
 * the demand's own adjectives: not "rejected without hesitation the call for …") or "unless" opens the
 * clause the demand is in.
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { WITHOUT_FILLER } from '../withheld-conditions';

/**
 * Between "without" and the demand's words: the words withheld-conditions.ts allows there, and an owner or
 * an order ("without his prior consent", "without our first …").
 */
const WITHOUT_OWNER_OR_ORDER = wordSet(/^(?:his|her|our|prior|first)$/);
/** Where the clause "unless" opens ends. */
const BREAK = wordSet(/^[,;:—–()"“”?]$/);

/** Whether the demand at `m` is the condition ("without …", "unless …") of what a verdict after `cue` judges. */
export function demandIsJudgedStepsCondition(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (m.direction !== 1 || m.first <= cue.last + 1) return false;
  for (let k = m.first - 1; k > cue.last; k--) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return false;
    if (t.lower === 'without')
      return tokens
        .slice(k + 1, m.first)
        .every(
          (x) =>
            WITHOUT_FILLER.test(x.lower) || WITHOUT_OWNER_OR_ORDER.test(x.lower) || /^['’]s$/.test(x.text),
        );
    if (t.lower === 'unless') return true;
  }
  return false;
}
