/**
 * A party found to fall short of what a demand asks. Reproached for it: "Paris accused Kosovo of failing
 * to set up the association", "blamed Pristina for not honouring the deal", "criticised Moscow for
 * refusing to withdraw its troops": the one who reproaches wants it done; the reproach is no rejection of
 * it (as it is in "accused NATO of expanding"), nor does the shortfall's negation make it a doubt. Judged
 * so: "Kosovo has not done enough to set up …", "… had done too little on …", "not satisfied that Kosovo
 * had done enough towards …": the judge asks for it, as with "must". Either reaches the demand's words
 * only through verbs of carrying out ("… to set up", "… to honour its pledge of"), never through another
 * verb ("failing to rule out", "not done enough to stop").
 */
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs of reproaching someone for something: "accused … of", "blamed … for", "criticised … for". */
const REPROACH = wordSet(
  /^(?:accuse|accused|accuses|accusing|blame|blamed|blames|blaming|criticise|criticised|criticises|criticising|criticize|criticized|criticizes|criticizing|fault|faulted|faults|faulting|rebuke|rebuked|rebukes|rebuking|censure|censured|censures|censuring|chide|chided|chides|chiding)$/,
);
/** Before the verb, it is passive: "Kosovo was accused of failing …" reproaches the subject itself. */
const PASSIVE_BEFORE = wordSet(/^(?:is|are|was|were|be|been|being|get|gets|got|getting)$/);
/** Shortfalls taking "to": "failing to", "its failure to", "refusing to", "its refusal to". */
const SHORTFALL_TO = wordSet(/^(?:failing|failure|refusing|refusal|unwillingness|reluctance)$/);
/** Shortfalls standing alone before the verb or object: "not setting up", "stalling on". */
const SHORTFALL_BARE = wordSet(/^(?:not|never|stalling|delaying)$/);
/**
 * What may stand between the shortfall and the demand's words: verbs of carrying out what was asked,
 * and the small words around them ("not doing enough to set up", "failing to keep its promise to …",
 * "… towards the so-called association").
 * Any other verb ("failing to rule out …", "failing to understand why …") is not the demand asked.
 */
const CARRYING_OUT = wordSet(
  /^(?:set|setting|up|deliver|delivering|on|honour|honouring|honor|honoring|implement|implementing|carry|carrying|out|meet|meeting|keep|keeping|promise|promises|pledge|pledges|commitment|commitments|act|acting|follow|following|through|comply|complying|with|establish|establishing|create|creating|hold|holding|doing|do|done|enough|more|move|moving|forward|agree|agreeing|accept|accepting|towards|toward|to|of|the|a|an|its|their|his|her|any|so|-|called|planned|proposed|promised|agreed)$/,
);
/** The verdict that the subject fell short ("has not done enough", "had done too little"): the speaker's demand on it. */
export const SHORTFALL_VERDICT = /^(?:not (?:done|doing) enough|(?:done|doing) too little)$/i;
/** A cue ending on such a verdict: the bare ones, and "not satisfied that Kosovo had done enough". */
const SHORTFALL_CUE_END = /\b(?:(?:done|doing) enough|too little)$/i;

/** How many words the one reproached may take before "of"/"for": "accused the Kosovo government of". */
const OBJECT_REACH = 5;
/** How many words of carrying out may stand between the shortfall and the demand's words. */
const CARRYING_REACH = 5;

/** Where the shortfall after "of"/"for" at `p` ends, or -1: "failing to", "its failure to", "not", "dragging its feet on". */
function shortfallEnd(tokens: readonly Token[], p: number): number {
  let q = p + 1;
  if (/^(?:its|their|his|her)$/.test(tokens[q]?.lower ?? '')) q++;
  const w = tokens[q]?.lower ?? '';
  if (SHORTFALL_TO.test(w)) return tokens[q + 1]?.lower === 'to' ? q + 1 : -1;
  if (SHORTFALL_BARE.test(w)) return /^(?:on|over)$/.test(tokens[q + 1]?.lower ?? '') ? q + 1 : q;
  // ("dragging its feet on", "dragging their feet over")
  if (/^dragging$/.test(w) && /^feet$/.test(tokens[q + 2]?.lower ?? ''))
    return /^(?:on|over)$/.test(tokens[q + 3]?.lower ?? '') ? q + 3 : -1;
  return -1;
}

/**
 * Whether the cue opens a reproach of another party's shortfall that reaches the demand's words
 * starting at `first`: "accused Kosovo of failing to set up …", "criticised Belgrade for not …".
 */
export function reproachedShortfall(tokens: readonly Token[], cue: Cue, first: number): boolean {
  const v = cue.first;
  if (!REPROACH.test(tokens[v]?.lower ?? '') || PASSIVE_BEFORE.test(tokens[v - 1]?.lower ?? '')) return false;
  // (The one reproached stands between the verb and "of"/"for": not "criticism of", nor a passive.)
  let p = v + 2;
  while (p < first && p - v <= OBJECT_REACH && !/^(?:of|for)$/.test(tokens[p]?.lower ?? '')) {
    if (!tokens[p]?.word) return false;
    p++;
  }
  if (p >= first || !/^(?:of|for)$/.test(tokens[p]?.lower ?? '') || !tokens[v + 1]?.word) return false;
  const end = shortfallEnd(tokens, p);
  return end >= 0 && carriedOutBetween(tokens, end, first);
}

/** Whether only words of carrying out stand between the shortfall ending at `end` and the demand's words at `first`. */
function carriedOutBetween(tokens: readonly Token[], end: number, first: number): boolean {
  if (end >= first || first - end - 1 > CARRYING_REACH) return false;
  return tokens.slice(end + 1, first).every((t) => CARRYING_OUT.test(t.lower));
}

/**
 * A verdict of falling short ("not done enough", "done too little") that does not reach the demand's
 * words starting at `first`: they stand before it, or past another verb ("not done enough to stop …").
 */
export function shortfallVerdictMissing(tokens: readonly Token[], cue: Cue, first: number): boolean {
  return SHORTFALL_CUE_END.test(cue.text) && !carriedOutBetween(tokens, cue.last, first);
}
