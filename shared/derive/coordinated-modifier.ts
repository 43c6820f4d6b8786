/**
 * "tackle pirated and counterfeit goods", "end illegal and unilateral sanctions": an adjective or
 * participle joined by a lone "and"/"or" to the first word of a subject of several words modifies the
 * subject's head as that word does ("pirated goods and counterfeit goods"), so a restriction before it
 * reaches the subject across the pair. Only a word shaped as an adjective or participle (not "end the
 * war and state subsidies will …", where the word before "and" is a noun closing another phrase).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Endings of adjectives and participles: "pirated", "illegal", "coercive", "unilateral", "dangerous". */
const MODIFIER_SHAPE = /^[a-z]{3,}(?:ed|al|ive|ic|ous|ful|ant|ent|ary|ory)$/;
const LONE_COORDINATOR = wordSet(/^(?:and|or)$/);

/**
 * Whether token `j` is such a modifier: right before a lone coordinator that opens the subject
 * [`first`, `last`], a subject of two words or more (its first word a modifier of the head after it).
 */
export function coordinatedModifierAt(
  tokens: readonly Token[],
  j: number,
  first: number,
  last: number,
): boolean {
  const t = tokens[j];
  if (!t || j + 2 !== first || last <= first) return false;
  if (!LONE_COORDINATOR.test(tokens[j + 1]?.lower ?? '')) return false;
  return t.word && !t.capital && MODIFIER_SHAPE.test(t.lower);
}
