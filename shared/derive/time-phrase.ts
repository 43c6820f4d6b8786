/**
 * A short phrase of time, read back from its last word: "in May", "on Tuesday", "last week", "earlier
 * this month", "in principle". Shared by the readers that let such a phrase stand inside a verb phrase
 * without breaking it (see tokens.ts and talks-adjuncts.ts).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const MONTH = wordSet(
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/,
);
const WEEKDAY = wordSet(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/);
const RELATIVE_TIME = wordSet(/^(?:last|this|next)$/);
const TIME_NOUN = wordSet(/^(?:week|month|year|weekend|summer|autumn|fall|winter|spring)$/);

/**
 * Where a short time phrase ending at `end` starts ("in May", "on Tuesday", "last week", "earlier this
 * month", "in principle"), or -1. (Not a year: "agreed in 2013 to …" may tell of a stance long past.)
 */
export function timePhraseStart(tokens: readonly Token[], end: number): number {
  const w = tokens[end];
  if (!w) return -1;
  const before = tokens[end - 1]?.lower ?? '';
  if (MONTH.test(w.lower) && w.capital && before === 'in') return end - 1;
  if (WEEKDAY.test(w.lower) && before === 'on') return end - 1;
  if (w.lower === 'principle' && before === 'in') return end - 1;
  if ((TIME_NOUN.test(w.lower) || WEEKDAY.test(w.lower)) && RELATIVE_TIME.test(before))
    return /^(?:earlier|later)$/.test(tokens[end - 2]?.lower ?? '') ? end - 2 : end - 1;
  return -1;
}
