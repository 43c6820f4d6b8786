/**
 * "The EU would want to take legal action if London tore up the protocol", "Seoul is ready to take
 * countermeasures if the North resumes its tests": a punitive step threatened on a condition. The cue
 * ("want", "ready") is about the step, and the demand named in the condition is what the step would
 * answer: no openness to it, nor support. Only an unnegated "if": "threatened severe consequences unless
 * the hostages were released" is a threat for the demand, which the cue reads. (What the threat says of
 * the demand depends on which way the condition points; the reading is left to other cues.)
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A punitive step: "countermeasures", "retaliate", "consequences", "legal proceedings". */
const PUNITIVE = wordSet(
  /^(?:countermeasures|counter-measures|retaliate|retaliation|retaliatory|consequences|proceedings|punish|punitive|reprisals?)$/,
);
/** "legal action", "take action", "take legal steps": a step against someone when no "to" follows. */
const ACTION = wordSet(/^(?:action|actions|steps|measures)$/);
const ACTION_BEFORE = wordSet(/^(?:legal|take|taking|took|tough|firm|decisive|punitive|retaliatory)$/);
const CONDITION = wordSet(/^(?:if|unless)$/);
const NEGATION = wordSet(/^(?:not|never|no|n't|without)$/);
const BREAK = wordSet(/^[;:—–()"“”.]$/);

/** Whether the word at `k` names a punitive step ("countermeasures", "take action" with no "to" after it). */
function punitiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PUNITIVE.test(t.lower)) return true;
  return (
    ACTION.test(t.lower) && ACTION_BEFORE.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'to'
  );
}

/** Whether demand `m` stands in a condition after a punitive step that the cue governs. */
export function demandInThreatCondition(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (cue.negated || m.kind === 'reference' || m.first <= cue.last) return false;
  let punitive = false;
  for (let k = cue.last + 1; k < m.first && k <= cue.last + 12; k++) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return false;
    if (punitiveAt(tokens, k)) punitive = true;
    // ("threatened severe consequences unless the hostages were released", "… if the drills are not
    // halted": a threat for the demand, read by the cue; only an unnegated "if" is a threat against it.)
    if (CONDITION.test(t.lower))
      return (
        punitive &&
        t.lower === 'if' &&
        m.first - k <= 8 &&
        !tokens.slice(k + 1, Math.min(tokens.length, m.last + 4)).some((u) => NEGATION.test(u.lower))
      );
  }
  return false;
}

/**
 * "If joint drills are not allowed, we will take countermeasures": the demand's own words, in an if-clause
 * before a punitive step, are the condition of a threat, not the speaker's ask (as they are before an
 * offer: "if Washington halts the drills, we will freeze our tests"). Only a cue that is the demand's own
 * words, right after "if"/"unless", with the punitive step within a dozen words after it.
 */
export function selfCueInThreatCondition(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (cue.first < m.first || cue.last > m.last) return false;
  let k = m.first - 1;
  while (k >= 0 && k >= m.first - 4 && !CONDITION.test(tokens[k]?.lower ?? '')) {
    if (BREAK.test(tokens[k]?.text ?? '') || tokens[k]?.text === ',') return false;
    k--;
  }
  if (!CONDITION.test(tokens[k]?.lower ?? '')) return false;
  for (let j = m.last + 1; j < tokens.length && j <= m.last + 12; j++) {
    if (BREAK.test(tokens[j]?.text ?? '')) return false;
    if (punitiveAt(tokens, j)) return true;
  }
  return false;
}
