/**
 * The tail of a demand's "that" clause before a verdict on the demand noun: "Moscow's demand that NATO
 * rule out membership for Ukraine is a non-starter, Sherman said", "Hamas's demand that Israel agree to a
 * permanent ceasefire for Gaza is out of the question". The "for" or "to" there is a preposition before
 * a plain noun phrase ("for Ukraine", "to the east"), not a complement opening a clause that could hold
 * a verdict of its own ("… declare membership to be unacceptable", "for NATO to say …").
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A modal with its negation in one word, opening a verdict: "cannot be accepted", "won't be accepted". */
export const NEGATED_MODAL = wordSet(
  /^(?:cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|mustn['’]t)$/,
);
/**
 * Words that may open the noun phrase after the preposition besides a name: "for the", "to its"; and the
 * adverbial "for good", "for now", "for ever".
 */
const NOUN_PHRASE_OPENER = wordSet(
  /^(?:the|a|an|its|their|his|her|our|this|these|those|all|any|both|each|every|other|eastern|western|northern|southern|central|former|neighbouring|neighboring|good|now|ever)$/,
);
/** The finite verb the verdict follows: "is a non-starter", "could not be accepted". */
const FINITE_VERB = wordSet(
  /^(?:is|are|was|were|remains|remain|remained|would|could|will|can|cannot|can['’]t|won['’]t|wouldn['’]t|should|must|may|might|has|have|had)$/,
);
/** Words that end the noun phrase otherwise: a new clause, an infinitive, a relative, a negation. */
const NOT_NOUN = wordSet(
  /^(?:that|which|who|whom|whose|whether|if|to|for|be|been|being|not|never|because|as|while|although|though|but|unless|until|so|said|says)$/,
);

/**
 * Whether the "for"/"to" at `at` opens a plain noun phrase running straight on to a finite verb, within
 * a few words: a name, or a determiner and nouns ("membership for Ukraine and Georgia is", "its
 * expansion to the east is", "a ceasefire for Gaza is").
 */
export function prepositionBeforeVerdict(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  at: number,
): boolean {
  const word = tokens[at]?.lower ?? '';
  if (word !== 'for' && word !== 'to') return false;
  const named = (k: number): boolean =>
    /^[A-Z]/.test(tokens[k]?.text ?? '') || actors.some((a) => a.first <= k && k <= a.last);
  const first = at + 1;
  if (!named(first) && !NOUN_PHRASE_OPENER.test(tokens[first]?.lower ?? '')) return false;
  for (let k = first; k < tokens.length && k <= first + 6; k++) {
    const t = tokens[k] as Token;
    if (k > first && FINITE_VERB.test(t.lower)) return true;
    if (named(k) || /^['’]s$/.test(t.text) || /^(?:and|or)$/.test(t.lower)) continue;
    if (!t.word || NOT_NOUN.test(t.lower) || /ing$/.test(t.lower)) return false;
  }
  return false;
}
