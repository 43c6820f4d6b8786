/**
 * Trigger words: the words without one of which a reader can read nothing in a sentence ("dropped",
 * "gave" for a party letting its demand go; "harm", "damage" for a course said to do harm). A reader
 * asks whether its sentence holds one before it walks the sentence, instead of scanning the sentence's
 * words itself: one pass over a sentence's words gives the bits of every trigger list it holds, and
 * each distinct word's bits are worked out once, the first time it is met.
 *
 * A list is made once, when its module loads (`triggerList`), from word lists (a WordSet, a Set of
 * words, or a pattern anchored on one word) tested on a token's lower-case form, as the readers test
 * them. There are at most 31 lists: each is a bit of a sentence's mask.
 */
import type { Token } from './tokens';

/** A test of one lower-case word: a WordSet, an anchored word pattern (no g or y flag), a Set of words. */
type WordTest = { test(word: string): boolean } | ReadonlySet<string>;

const MAX_LISTS = 31;
const lists: Array<(word: string) => boolean> = [];
/** Each word's bits, worked out when first met (bounded: cleared when it grows past MAX_WORDS). */
let bitsByWord = new Map<string, number>();
const MAX_WORDS = 100_000;

/**
 * The bit of a sentence holding a word of any of these lists, or any of these words. Made when a
 * module loads, never per call.
 */
export function triggerList(...words: Array<WordTest | string>): number {
  if (lists.length >= MAX_LISTS) throw new Error(`triggerList: more than ${MAX_LISTS} lists`);
  const tests: Array<(word: string) => boolean> = [];
  const literal = new Set<string>();
  for (const w of words) {
    if (typeof w === 'string') literal.add(w);
    else if (w instanceof RegExp) {
      if (w.global || w.sticky) throw new Error(`triggerList: /${w.source}/ has a g or y flag`);
      tests.push((s) => w.test(s));
    } else if (w instanceof Set) tests.push((s) => w.has(s));
    else {
      const t = w as { test(word: string): boolean };
      tests.push((s) => t.test(s));
    }
  }
  if (literal.size > 0) tests.push((s) => literal.has(s));
  lists.push((s) => tests.some((t) => t(s)));
  // (A list made after words were met: their bits are worked out again.)
  bitsByWord = new Map();
  return 1 << (lists.length - 1);
}

/** The bits of the lists that hold this lower-case word. */
function bitsOf(word: string): number {
  let bits = bitsByWord.get(word);
  if (bits === undefined) {
    bits = 0;
    for (let i = 0; i < lists.length; i++) if ((lists[i] as (w: string) => boolean)(word)) bits |= 1 << i;
    if (bitsByWord.size >= MAX_WORDS) bitsByWord = new Map();
    bitsByWord.set(word, bits);
  }
  return bits;
}

// The last sentence's mask: the readers of one sentence ask about the same token array, which is
// never changed once made.
let lastTokens: readonly Token[] | null = null;
let lastBits = 0;

/** The bits of every trigger list one of whose words the tokens hold (their lower-case forms). */
export function triggersIn(tokens: readonly Token[]): number {
  if (tokens === lastTokens) return lastBits;
  let bits = 0;
  for (let k = 0; k < tokens.length; k++) bits |= bitsOf((tokens[k] as Token).lower);
  lastTokens = tokens;
  lastBits = bits;
  return bits;
}

/** Whether the tokens hold a word of each of the trigger lists whose bits are `bits` (made by triggerList). */
export const holdsAllTriggers = (tokens: readonly Token[], bits: number): boolean =>
  (triggersIn(tokens) & bits) === bits;

/** Whether the tokens hold a word of the trigger list `bit` (made by triggerList). */
export const holdsTrigger = (tokens: readonly Token[], bit: number): boolean =>
  (triggersIn(tokens) & bit) !== 0;
