/**
 * Words that may stand between a party and its office: lower-case modifiers of the office ("the Sarnian
 * trade minister", "the EU foreign policy chief", "the Russian negotiating team"). Not a clause or a phrase
 * between them ("Moscow believes President Biden …", "Tehran told envoy …", "Kyiv with Minister …", "an
 * Israeli proposal that President Biden welcomed", "Taliban fighters attacking government forces"): the
 * office there is someone else's, known by its own name or by nothing. A person's name is no modifier of
 * another's office either ("Amirabdollahian met Secretary of State Blinken" names two people).
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { SPEECH } from './speaker';
import { wordSet } from './word-set';

/** Closed-class words that end a modifier: prepositions, conjunctions, relatives, determiners, auxiliaries. */
const FUNCTION_WORD = wordSet(
  /^(?:with|under|as|to|for|of|in|on|at|by|from|about|over|against|between|into|after|before|during|without|like|than|via|alongside|beside|near|within|including|and|or|but|nor|while|whereas|because|since|although|though|if|unless|when|where|that|which|who|whom|whose|the|a|an|its|his|her|their|our|my|your|this|these|those|it|he|she|they|we|you|him|them|us|me|no|not|any|every|each|some|all|both|is|was|are|were|be|been|being|has|had|have|will|would|can|could|may|might|must|shall|should|do|does|did)$/,
);
/** Verbs of meeting and sending whose past is not in -ed, and their present ("met", "meets", "puts"). */
const CONTACT_VERB = wordSet(
  /^(?:meets?|met|holds?|held|speaks?|spoke|sees?|saw|sends?|sent|gives?|gave|puts?|takes?|took|makes?|made|calls?|asks?|thanks?|urges?|visits?|hosts?|greets?|joins?|names?|backs?|chose|chooses|won|wins|beat|beats|brought|brings?|sought|seeks?|rang|rings?|phones?|lets?|leads?|led)$/,
);

/**
 * True when the words between a party and an office (lower case, at most three) can modify the office.
 * `nameAt` is the token after the office, where a person's name may start.
 */
export function modifiesOffice(
  party: ActorMention,
  gap: readonly Token[],
  raw: readonly ActorMention[],
  nameAt: number,
): boolean {
  if (party.kind === 'official') return false;
  for (let k = 0; k < gap.length; k++) {
    const w = (gap[k] as Token).lower;
    if (FUNCTION_WORD.test(w) || CONTACT_VERB.test(w) || SPEECH.has(w)) return false;
    // "Taliban fighters attacking government forces": a participle after a noun heads a clause
    // ("the Russian negotiating team" has it first).
    if (k > 0 && w.endsWith('ing')) return false;
  }
  // "Russia accuses envoy …": one word in -s after a name is its verb ("the US arms control envoy" has
  // a compound; "the Russian" is no subject).
  if (party.kind === 'name' && gap.length === 1 && /[^su]s$/.test((gap[0] as Token).lower)) return false;
  // "Moscow criticises Secretary of State Antony Blinken": the person named after the office is another
  // party's, known by name.
  const person = raw.find((a) => a.first === nameAt && a.kind === 'official');
  return !person || person.parties.some((p) => party.parties.includes(p));
}
