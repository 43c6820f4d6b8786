/**
 * "Blinken said Ukraine would not be barred from joining NATO": a demand's own phrase in the passive,
 * denied, has for subject the one it would be done to. Ukraine is not the one refusing to bar itself;
 * whoever says it will not be done refuses it (the reading in indirect-readings.ts gives the refusal to
 * the party speaking, or to no one). The phrase must follow a form of "be", perhaps past one adverb
 * ("would not be formally barred from …").
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const BE = wordSet(/^(?:be|been|being)$/);

/** Whether the phrase starting at `first` is a passive participle after "be" ("be barred from …"). */
export function passivePhraseAt(tokens: readonly Token[], first: number): boolean {
  if (!/(?:ed|en|wn)$/.test(tokens[first]?.lower ?? '')) return false;
  let b = first - 1;
  if (/ly$/.test(tokens[b]?.lower ?? '')) b--;
  return BE.test(tokens[b]?.lower ?? '');
}
