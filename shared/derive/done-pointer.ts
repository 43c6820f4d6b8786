/**
 * "…, but Belgrade has refused to do so", "Pristina, unwilling to do that, …", "Israel has promised to do
 * it": "do" with "so", "that", "this" or "it" stands for the step the clause before named, as a pronoun
 * object stands for its words (pronoun-objects.ts). It is read as a pointer to one demand.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const POINTER_AFTER_DO = wordSet(/^(?:so|that|this|it)$/);

/** The index of the pointer when "do" (or "done") at `at` is followed by one ("do so", "done that"), else -1. */
export function doneTo(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'do' && tokens[at]?.lower !== 'done') return -1;
  return POINTER_AFTER_DO.test(tokens[at + 1]?.lower ?? '') ? at + 1 : -1;
}
