/**
 * "The EU would not hesitate to take legal action if London tore up the protocol": a threat cue of
 * readiness for one's own step ("not hesitate to", "not think twice about") says nothing of a demand
 * named inside an "if"/"unless" clause that another party is the subject of: that clause is the occasion
 * of the holder's step, not its object ("Britain would not hesitate to trigger Article 16" is read).
 * Narrow: only these threat cues (other cues of wanting keep their readings: tried on every cue, it cost
 * a right cell on a blind set), not "if" asking ("decide if"), and a party other than the holder's opens
 * the condition right after it.
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const CONDITION = wordSet(/^(?:if|unless)$/);
/** The threat cues of readiness: "(would) not hesitate to", "not think twice about". */
const THREAT_CUE = /\b(?:hesitate|think twice)\b/i;
/** Verbs after which "if" asks ("decide if", "asked if", "see if"): a question, no condition. */
const ASKING = wordSet(
  /^(?:decide|decides|decided|deciding|know|knows|knew|ask|asks|asked|asking|see|sees|saw|wonder|wonders|wondered|determine|determines|determined|choose|chooses|chose|judge|judges|judged|say|says|said|tell|tells|told|check|checks|checked|question|questioned|doubt|doubts|doubted|clear|unclear|sure|unsure)$/,
);
/** A verb (not a demand's word) between the cue and the condition: the cue's own act ("take", "act"). */
const DETERMINER = wordSet(/^(?:the|a|an)$/);

/** Whether `m` lies in a condition after `cue` whose subject is a party none of `holders` is. */
export function demandInOtherPartysCondition(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cue: Cue,
  m: DemandMention,
  holders: readonly string[],
  supporting: boolean,
): boolean {
  if (!supporting || cue.owner || m.first <= cue.last || !THREAT_CUE.test(cue.text)) return false;
  let cond = -1;
  for (let k = cue.last + 1; k < m.first; k++)
    if (CONDITION.test(tokens[k]?.lower ?? '')) {
      cond = k;
      break;
    }
  if (cond < 0 || ASKING.test(tokens[cond - 1]?.lower ?? '')) return false;
  // ("… if the British government tore up …": past an article to the condition's subject.)
  const start = DETERMINER.test(tokens[cond + 1]?.lower ?? '') ? cond + 2 : cond + 1;
  const subject = actors.find((a) => a.first === start && a.last < m.first);
  return !!subject && subject.parties.length > 0 && !subject.parties.some((p) => holders.includes(p));
}
