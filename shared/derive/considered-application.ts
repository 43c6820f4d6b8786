/**
 * "Nobody can prohibit NATO from considering any country's request for joining the alliance", "the
 * allies will consider Georgia's bid for membership": considering an application is how an alliance
 * takes members in, not openness to a demand that it stop. The openness cue "consider" is set aside
 * when its object is a request, application or bid "for"/"to"/"of" something (a demand's opposite
 * such as joining follows), or a candidate "for membership"; "consider Russia's proposal on halting enlargement"
 * keeps its reading.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const CONSIDER = wordSet(/^(?:consider|considers|considered|considering)$/);
const APPLICATION = wordSet(
  /^(?:request|requests|application|applications|bid|bids|candidacy|candidacies|aspiration|aspirations)$/,
);
/** Words that may stand between the verb and the noun: determiners, possessives, a name. */
const SKIPPABLE = wordSet(
  /^(?:the|a|an|any|every|each|its|their|his|her|our|'s|’s|country|nation|state|membership)$/,
);
const APPLIED_FOR = wordSet(/^(?:for|to|of)$/);

/** What a candidate is considered for: "consider Ukraine for membership", "… for accession". */
const CANDIDATE_FOR = wordSet(/^(?:membership|accession|admission|entry)$/);

/**
 * "nor will NATO refuse to consider nations close to Russia for membership": a candidate considered for
 * membership, within a short object ending in "for (NATO) membership" and no clause break.
 */
function consideredForMembership(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 2; k <= at + 8 && k < tokens.length; k++) {
    if (!tokens[k]?.word) return false;
    if (tokens[k]?.lower !== 'for') continue;
    const next = tokens[k + 1]?.lower === 'nato' ? k + 2 : k + 1;
    return CANDIDATE_FOR.test(tokens[next]?.lower ?? '');
  }
  return false;
}

/** Whether the single-word cue at `at` is "consider" with an application, or a candidate for membership, for its object. */
export function consideredApplication(tokens: readonly Token[], at: number): boolean {
  if (!CONSIDER.test(tokens[at]?.lower ?? '')) return false;
  if (consideredForMembership(tokens, at)) return true;
  for (let k = at + 1; k <= at + 5 && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (APPLICATION.test(w)) return APPLIED_FOR.test(tokens[k + 1]?.lower ?? '');
    if (!SKIPPABLE.test(w) && !/^[A-Z]/.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}
