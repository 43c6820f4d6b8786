/**
 * "agreed to open negotiations next month on …", "will hold talks in Geneva on …", "begin talks in
 * Vienna next week on …": a time or place adjunct between the noun of talks and the "on"/"about" that
 * names their subject only says when or where the talks are held, so the talks cue reads whole ("open
 * negotiations on"). Otherwise the cue breaks and the bare "agreed to" before it reads as support for
 * the matter merely to be negotiated. Only bare adjuncts: a time phrase ("next month", "on Monday",
 * "in May", "in the coming weeks") or "in"/"at" and a place's name ("in Geneva", "at Camp David"),
 * at most two of them, and only right before "on"/"about"/"over" and a word.
 * (A phrase of company or framework, "with Moscow", "within the Council", is read at cue matching
 * instead: see venued-talks.ts.)
 */
import { timePhraseStart } from './time-phrase';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of talks whose subject follows after "on"/"about"/"over" (shared with venued-talks.ts). */
export const TALKS_NOUN = wordSet(/^(?:talks|negotiations|discussions|dialogue|consultations)$/);
/** What names the subject of the talks. */
export const SUBJECT_OPENER = wordSet(/^(?:on|about|over)$/);
const PLACE_OPENER = wordSet(/^(?:in|at)$/);
const COMING = wordSet(/^(?:coming|next|following)$/);
const SPAN = wordSet(/^(?:days|weeks|months)$/);
/** Adjuncts in a row at most: "in Vienna next week". */
const MAX_ADJUNCTS = 2;

/** The last word of a time or place adjunct starting at `k`, or -1. */
function adjunctEnd(tokens: readonly Token[], k: number): number {
  for (let e = k + 1; e <= k + 2; e++) if (timePhraseStart(tokens, e) === k) return e;
  // ("in the coming weeks")
  if (
    tokens[k]?.lower === 'in' &&
    tokens[k + 1]?.lower === 'the' &&
    COMING.test(tokens[k + 2]?.lower ?? '') &&
    SPAN.test(tokens[k + 3]?.lower ?? '')
  )
    return k + 3;
  // ("in Geneva", "at Camp David": a name, one or two capitalised words.)
  const name = tokens[k + 1];
  if (!PLACE_OPENER.test(tokens[k]?.lower ?? '') || !name?.word || !name.capital) return -1;
  const second = tokens[k + 2];
  return second?.word && second.capital ? k + 2 : k + 1;
}

/** The words of time and place adjuncts between a noun of talks and the subject of the talks. */
export function talksAdjunctWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length - 3; i++) {
    // (A string test first: this runs on every word of every sentence.)
    if (!TALKS_NOUN.test((tokens[i] as Token).lower)) continue;
    let k = i + 1;
    for (let n = 0; n < MAX_ADJUNCTS; n++) {
      const end = adjunctEnd(tokens, k);
      if (end < 0) break;
      k = end + 1;
    }
    if (k === i + 1 || !SUBJECT_OPENER.test(tokens[k]?.lower ?? '') || !tokens[k + 1]?.word) continue;
    for (let j = i + 1; j < k; j++) out.push(j);
    i = k - 1;
  }
  return out;
}
