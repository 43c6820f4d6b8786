/**
 * A statement limited in time: "Ukraine will not join NATO any time soon", "not in the foreseeable
 * future", "for now", "not yet". A side the demand is put to that says so grants nothing for good:
 * a demand for a lasting halt is not met by a delay.
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const NEGATION = wordSet(
  /^(?:not|never|no|n't|won't|can't|cannot|isn't|aren't|wasn't|weren't|don't|doesn't|didn't)$/,
);

/** The word at `k`, lower-cased, or '' (a module function, not a closure: keepNames names each closure made). */
const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';

/** Does the span [from, to] hold a limit in time on what it says? */
export function timeLimitedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = lowerAt(tokens, k);
    // "any time soon", "anytime soon", "so soon", "not soon" (not "as soon as", an urging, nor a plain
    // "will meet soon", which brings a step nearer and limits nothing).
    if (
      w === 'soon' &&
      lowerAt(tokens, k - 1) !== 'as' &&
      lowerAt(tokens, k + 1) !== 'as' &&
      (/^(?:time|anytime|so|too)$/.test(lowerAt(tokens, k - 1)) ||
        tokens.slice(Math.max(from, k - 6), k).some((t) => NEGATION.test(t.lower)))
    )
      return true;
    // "for now", "for the time being", "for the moment", "for the foreseeable future".
    if (
      w === 'for' &&
      (lowerAt(tokens, k + 1) === 'now' || /^(?:time|moment|foreseeable)$/.test(lowerAt(tokens, k + 2)))
    )
      return true;
    // "in the foreseeable / near / immediate future", "in the near / short term", "in the coming years".
    if (
      w === 'in' &&
      lowerAt(tokens, k + 1) === 'the' &&
      /^(?:foreseeable|near|immediate|short|coming)$/.test(lowerAt(tokens, k + 2)) &&
      /^(?:future|term|years|months)$/.test(lowerAt(tokens, k + 3))
    )
      return true;
    // "not yet", "has yet to", "is not ready yet" (not "yet NATO refused", a conjunction).
    if (
      w === 'yet' &&
      (lowerAt(tokens, k + 1) === 'to' ||
        tokens.slice(Math.max(from, k - 4), k).some((t) => NEGATION.test(t.lower)))
    )
      return true;
  }
  return false;
}

/**
 * "… is not (currently) on the table": a matter kept off the talks for the moment, not a commitment
 * against it. Whether a "not" (or "n't", "never") comes at most four words before "on the table"
 * between `from` and `to`. (Read after a mention of the opposite: see findings.)
 */
export function keptOffTheTableIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 2; k <= to; k++) {
    if (tokens[k]?.lower !== 'table' || tokens[k - 1]?.lower !== 'the' || tokens[k - 2]?.lower !== 'on')
      continue;
    for (let j = k - 3; j >= Math.max(from, k - 6); j--)
      if (NEGATION.test(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}
