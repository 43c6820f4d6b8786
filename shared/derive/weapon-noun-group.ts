import type { Token } from './tokens';

/** Words that are never a noun's premodifier (verbs of being, modals, conjunctions, prepositions, pronouns). */
const NOT_MODIFIER =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|must|can|could|may|might|to|not|never|no|and|or|but|nor|if|that|which|who|whom|whose|what|when|where|why|how|whether|while|as|than|then|so|it|they|them|he|she|we|you|i|in|on|at|by|for|from|with|without|into|onto|over|under|about|against|after|before|between|through|during|since|until|upon|via|per|the|a|an|its|their|his|her|our|this|these|those)$/;

/**
 * "the absence of Tomahawk cruise missiles", "a ban on intermediate-range cruise missiles": a subject
 * followed by one or two plain modifiers and then the head noun of the same demand is one noun group
 * with it. Given the head's first token, returns the last token of the subject that opens the group
 * (`isSubjectEnd` says whether a subject of the demand ends there), or -1. A plural word in between
 * ("Tomahawk launchers missiles") is a head of its own; a cue, restriction or punctuation ends the group.
 */
export function nounGroupOpener(
  tokens: readonly Token[],
  headFirst: number,
  isSubjectEnd: (i: number) => boolean,
  blocked: (i: number) => boolean,
): number {
  for (let k = headFirst - 1; k >= headFirst - 2 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (!/^[a-z][a-z-]*$/.test(t.text) || NOT_MODIFIER.test(t.lower) || /[^siu]s$/.test(t.lower)) return -1;
    if (blocked(k)) return -1;
    if (isSubjectEnd(k - 1)) return k - 1;
  }
  return -1;
}

/** Places weapons are kept, not regions they are sent to: taking them out of one is no withdrawal. */
const STORAGE =
  /^(?:storage|store|stores|stockpiles?|depots?|warehouses?|hangars?|hangers?|bunkers?|mothballs|reserve|reserves|crates?|inventory|inventories|vaults?)$/;
/** Words that end the place: "out of Europe and into storage", "from bases near storage sites". */
const PLACE_ENDS = /^(?:and|or|but|into|to|in|near|at|on|by|for|with|across|along|toward|towards)$/;
/** Restrictions that take something out of a place: "pull … out", "take … out of", "withdraw", "remove". */
const REMOVING =
  /^(?:pull|pulls|pulled|pulling|take|takes|took|taken|taking|withdraw|withdraws|withdrew|withdrawn|withdrawing|remove|removes|removed|removing|bring|brings|brought|bringing|move|moves|moved|moving|out)$/;

/**
 * "pulled the missiles out of storage", "took the launchers from the depot": a removing restriction whose
 * place (after "out of" or "from", within a few words) is a place of storage brings weapons out for use;
 * it withdraws nothing from a region. Returns true where the restriction should not be read.
 */
export function outOfStorage(tokens: readonly Token[], first: number, last: number): boolean {
  if (!REMOVING.test(tokens[first]?.lower ?? '')) return false;
  // The place: after "out of" (the restriction may end on "out" or on "of") or "from".
  let k = last + 1;
  const stopAt = Math.min(tokens.length, last + 10);
  let placeAt = -1;
  if (tokens[last]?.lower === 'of' && tokens[last - 1]?.lower === 'out') placeAt = last + 1;
  else if (tokens[last]?.lower === 'out' && tokens[last + 1]?.lower === 'of') placeAt = last + 2;
  else
    for (; k < stopAt; k++) {
      const w = tokens[k] as Token;
      if (!w.word && !w.transparent) break;
      if (w.lower === 'from' || (w.lower === 'out' && tokens[k + 1]?.lower === 'of')) {
        placeAt = w.lower === 'from' ? k + 1 : k + 2;
        break;
      }
    }
  if (placeAt < 0) return false;
  // "out of storage", "out of its depots", "from long-term storage", "from the army's arsenals".
  for (let p = placeAt; p < placeAt + 5 && p < tokens.length; p++) {
    const w = tokens[p] as Token;
    if (STORAGE.test(w.lower)) return true;
    if (!w.word && !w.transparent) return false;
    // ("out of Europe and into storage": the place left is the first one named.)
    if (PLACE_ENDS.test(w.lower) || (w.capital && !/^['’]s$/.test(tokens[p + 1]?.text ?? ''))) return false;
  }
  return false;
}
