/**
 * The verb a modal governs, past up to three adverbs: "would (only / surely) hurt …". Shared by the
 * readers of harm foretold (dire-consequence.ts, harmed-course.ts); each passes its own modals and
 * adverbs. A negation on the way ("would not hurt") denies the harm: no verb.
 */
import type { Token } from './tokens';
import { wordSet, type WordSet } from './word-set';

const NEGATION = wordSet(/^(?:not|never|n't|hardly)$/);

/** The index of the verb after the modal at `k`, or -1 when `k` holds no modal or a negation intervenes. */
export function verbAfterModal(
  tokens: readonly Token[],
  k: number,
  modals: WordSet,
  adverbs: WordSet,
): number {
  if (!modals.test(tokens[k]?.lower ?? '')) return -1;
  let v = k + 1;
  while (v <= k + 3 && (adverbs.test(tokens[v]?.lower ?? '') || NEGATION.test(tokens[v]?.lower ?? ''))) {
    if (NEGATION.test(tokens[v]?.lower ?? '')) return -1;
    v++;
  }
  return v;
}

/**
 * Where the modal after a subject ending at `last` stands: the first of `modals` within ten words, or
 * the word where the search stopped (one of `breaks`: another clause or another verb comes first).
 * The caller's verbAfterModal then finds no modal there.
 */
export function modalAfterSubject(
  tokens: readonly Token[],
  last: number,
  modals: WordSet,
  breaks: RegExp,
): number {
  let k = last + 1;
  while (k <= last + 10 && k < tokens.length && !modals.test(tokens[k]?.lower ?? '')) {
    if (breaks.test(tokens[k]?.lower ?? '')) break;
    k++;
  }
  return k;
}
