/**
 * "Moscow denied that it had threatened Kyiv, that it was massing troops, and that it wanted NATO
 * forces withdrawn": a verb of denial governs every that-clause of the list it opens, not only the
 * first. From the word that stopped the walk back over a cue's own clause fillers ("and", ","), step
 * back over the list's earlier that-clauses to the denial. Only a list of that-clauses: "denied that
 * it had threatened Kyiv and said it wanted …" is a new assertion, not a denied one.
 */
import type { Token } from './tokens';
import { DENIAL } from './word-lists';

/** What joins the items of a list of that-clauses: ",", "and", "or", ", and". */
const LIST_JOIN = /^(?:,|and|or|nor)$/;
/** What ends the reach of the denial: a new sentence part or a turn. */
const BREAK = /^(?:;|:|\.|but|because|while|although|though|whereas|said|says|added|adding)$/;

/**
 * The denial over the list the cue's clause continues, or null. `stop` is the word before the cue's
 * clause fillers; `cueAt` the cue's first word; `filler` the test for the fillers.
 */
export function denialOverList(
  tokens: readonly Token[],
  stop: number,
  cueAt: number,
  filler: (w: string) => boolean,
): string | null {
  // (The cue's own clause must open with "that", joined to the list: "…, and that it wanted".)
  if (!LIST_JOIN.test((tokens[stop] as Token).lower)) return null;
  if (!tokens.slice(stop + 1, cueAt).some((t) => t.lower === 'that')) return null;
  let at = stop;
  for (let items = 0; items < 6; items++) {
    // Back over the join (", and") to the previous item's "that".
    while (at >= 0 && LIST_JOIN.test((tokens[at] as Token).lower)) at--;
    let that = -1;
    for (let k = at; k >= 0 && k >= at - 20; k--) {
      const w = (tokens[k] as Token).lower;
      if (BREAK.test(w)) return null;
      if (w === 'that') {
        that = k;
        break;
      }
    }
    if (that < 0) return null;
    let j = that;
    while (j >= 0 && j >= that - 6 && filler((tokens[j] as Token).lower)) j--;
    if (j < 0) return null;
    const w = tokens[j] as Token;
    if (DENIAL.test(w.lower)) return w.text;
    if (!LIST_JOIN.test(w.lower)) return null;
    at = j;
  }
  return null;
}
