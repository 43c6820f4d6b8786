/**
 * "has at no point ruled out …", "at this point", "at some point": "point" in a time adverbial is no
 * demand noun (as "the main points" of a draft are).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words between "at" and "point" that make a time adverbial ("at no point", "at this point", "at one point"). */
const POINT_DETERMINER = wordSet(/^(?:no|any|this|that|some|one|every|each|what|which)$/);

/** Whether the token at `at` is the "point" of a time adverbial ("at no point", "at some point"). */
export function adverbialPoint(tokens: readonly Token[], at: number): boolean {
  return (
    /^points?$/.test(tokens[at]?.lower ?? '') &&
    POINT_DETERMINER.test(tokens[at - 1]?.lower ?? '') &&
    tokens[at - 2]?.lower === 'at'
  );
}
