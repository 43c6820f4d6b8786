/**
 * "…a ceasefire, something Khalilzad has been pressing for, or say when they would sit down with the
 * government": a clause opened by a word standing for its object ("something", "which", "what"), its cue
 * ending on a preposition with only a comma after it, took its object before it. Neither the cue nor the
 * party naming it as subject reaches a demand after the comma.
 * (Not "Russia called for, and NATO rejected, a halt to expansion": no such opener, the object after.)
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A preposition a cue may end on with its object left before it: "pressing for", "called for", "agreed to". */
const STRANDABLE = wordSet(/^(?:for|to|on|about|with|against|of)$/);
/** Words opening a clause whose object stands before it. */
const GAP_OPENER = wordSet(/^(?:something|which|what|whom)$/);

/** Where the gap clause of a cue ending on a stranded preposition before a comma opens, or -1. */
function gapOpenerOf(tokens: readonly Token[], c: Cue): number {
  if (!STRANDABLE.test(tokens[c.last]?.lower ?? '') || tokens[c.last + 1]?.text !== ',') return -1;
  for (let k = c.first - 1; k >= 0 && tokens[k]?.text !== ','; k--)
    if (GAP_OPENER.test(tokens[k]?.lower ?? '')) return k;
  return -1;
}

/** Whether `c` is such a cue and `m` comes after its comma. */
export function strandedBeforeComma(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  return m.first > c.last + 1 && gapOpenerOf(tokens, c) >= 0;
}

/** Whether the naming `a` is the subject of such a clause ("something Khalilzad has been pressing for,") before `m`. */
export function namedInGapClause(
  tokens: readonly Token[],
  cues: readonly Cue[],
  a: ActorMention,
  m: DemandMention,
): boolean {
  return cues.some((c) => {
    if (c.last + 1 >= m.first || a.last >= c.first) return false;
    const at = gapOpenerOf(tokens, c);
    return at >= 0 && a.first > at;
  });
}
