/**
 * "Putin insisted that NATO must not be allowed to expand", "should never be permitted to …": a modal of
 * obligation and the negated passive of permission after it are one demand ("it must be stopped"), so
 * the verb that reports the obligation ("insisted", "demanded") holds what the permission's chain says.
 * Without the link the permission's passive subject ("NATO") stood between the reporter and the cue.
 */
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { SAY_AFTER_ALLOWED } from './denied-say';

const OBLIGATION = wordSet(/^(?:must|should)$/);
const DENIAL = wordSet(/^(?:not|never)$/);
const PERMITTED = wordSet(/^(?:allowed|permitted)$/);

/**
 * Whether `outer` is "must"/"should" alone and `between` (the words up to `inner`) is "not be" or
 * "never be" before "allowed"/"permitted" as `inner`.
 */
export function deniedPermissionLink(
  tokens: readonly Token[],
  outer: Cue,
  inner: Cue,
  between: readonly Token[],
): boolean {
  return (
    outer.first === outer.last &&
    OBLIGATION.test(tokens[outer.first]?.lower ?? '') &&
    between.length === 2 &&
    DENIAL.test(between[0]?.lower ?? '') &&
    between[1]?.lower === 'be' &&
    inner.first === inner.last &&
    PERMITTED.test(tokens[inner.first]?.lower ?? '') &&
    !(tokens[inner.last + 1]?.lower === 'to' && SAY_AFTER_ALLOWED.test(tokens[inner.last + 2]?.lower ?? ''))
  );
}
