/**
 * "The two sides did not discuss missile deployments", "Macron said he had not discussed any halt to
 * enlargement", "missile limits were not discussed": a negated verb of talks in the past or perfect
 * reports what the talks covered, not a refusal to talk. Only a refusal ("will not discuss", "refused
 * to discuss", "is not willing to negotiate") turns the offer of talks into a rejection; the report
 * leaves the sentence an unclassified mention.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The bare verbs of talks that a past negation can report on. */
const TALK_VERB = wordSet(/^(?:discuss|discussed|negotiate|negotiated)$/);
/** Auxiliaries of the perfect, before "not" (and before "not been" in the passive). */
const PERFECT_AUXILIARY = wordSet(/^(?:had|has|have)$/);
/** The same, contracted with the negation. */
const PERFECT_AUXILIARY_NOT = wordSet(/^(?:hadn['’]t|hasn['’]t|haven['’]t)$/);
/** Auxiliaries of the past and the perfect, before "not": "did not discuss", "had not discussed". */
const isPastAuxiliary = (word: string): boolean => word === 'did' || PERFECT_AUXILIARY.test(word);
const isPastAuxiliaryNot = (word: string): boolean =>
  /^didn['’]t$/.test(word) || PERFECT_AUXILIARY_NOT.test(word);
/** A form of "be" in the past, before "not", for the passive ("were not discussed"). */
const PAST_BE = wordSet(/^(?:was|were)$/);
/** Adverbs that may stand between the negation and the verb ("did not yet discuss"). */
const BETWEEN = wordSet(/^(?:yet|actually|specifically|directly|formally|even|really)$/);

/** Whether the single-word cue at `at` is a talks verb whose negation reports past talks. */
export function talksNotHeldAt(tokens: readonly Token[], at: number): boolean {
  if (!TALK_VERB.test(tokens[at]?.lower ?? '')) return false;
  let j = at - 1;
  if (BETWEEN.test(tokens[j]?.lower ?? '')) j--;
  const word = tokens[j]?.lower ?? '';
  if (isPastAuxiliaryNot(word)) return true;
  // Passive: "has not been discussed", "were not discussed".
  if (word === 'been') {
    const before = tokens[j - 1]?.lower ?? '';
    if (PERFECT_AUXILIARY_NOT.test(before)) return true;
    return before === 'not' && PERFECT_AUXILIARY.test(tokens[j - 2]?.lower ?? '');
  }
  if (/^(?:wasn['’]t|weren['’]t)$/.test(word)) return /ed$/.test(tokens[at]?.lower ?? '');
  if (word !== 'not') return false;
  const auxiliary = tokens[j - 1]?.lower ?? '';
  if (PAST_BE.test(auxiliary)) return /ed$/.test(tokens[at]?.lower ?? '');
  return isPastAuxiliary(auxiliary);
}
