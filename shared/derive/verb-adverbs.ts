/**
 * "sit down directly with the government", "withdraw completely from the country", "lift immediately all
 * the sanctions": an adverb of manner, pace or completeness between a verb and the preposition or
 * determiner that opens what it governs only says how the act is done, so the verb phrase reads whole
 * ("sit down with the government"), as a demand's words or a cue's. Not a hedge, a degree that limits
 * the act ("partly", "hardly") or a negation: those change what is said, and stay as written.
 */
import type { Token } from './tokens';

/** Adverbs that leave the act itself standing. */
const MANNER_ADVERB = new Set([
  'directly',
  'fully',
  'completely',
  'entirely',
  'totally',
  'formally',
  'officially',
  'immediately',
  'unconditionally',
  'permanently',
  'swiftly',
  'quickly',
  'promptly',
]);
/** What may open the verb's complement after the adverb: a preposition, a particle or a determiner. */
const COMPLEMENT_OPENER = new Set([
  'with',
  'to',
  'from',
  'out',
  'off',
  'down',
  'up',
  'into',
  'away',
  'back',
  'the',
  'all',
  'its',
  'their',
  'his',
  'her',
  'our',
  'every',
  'any',
]);
/** Words before the adverb that are no verb of an act: a copula or auxiliary ("is fully with us"). */
const NOT_A_VERB = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'and', 'or', 'not']);

/** Whether token `i`, inside `tokens`, is such an adverb (the caller hides it). */
export function mannerAdverbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!MANNER_ADVERB.has(t.lower)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before?.word || !after?.word || before.transparent) return false;
  if (NOT_A_VERB.has(before.lower) || !COMPLEMENT_OPENER.has(after.lower)) return false;
  // ("the US must fully …": an adverb before its verb is already outside the verb's words.)
  return true;
}

/** The words of a phrase with such adverbs dropped, as the tokenizer hides them in the text. */
export function dropMannerAdverbs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    const before = words[i - 1]?.toLowerCase();
    const after = words[i + 1]?.toLowerCase();
    if (
      MANNER_ADVERB.has(w) &&
      before !== undefined &&
      after !== undefined &&
      !NOT_A_VERB.has(before) &&
      COMPLEMENT_OPENER.has(after)
    )
      continue;
    out.push(words[i] as string);
  }
  return out;
}
