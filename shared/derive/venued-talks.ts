/**
 * "agreed to hold talks in Geneva on …", "ready to open negotiations within the NATO-Russia Council on
 * …", "agreed to start talks with Moscow on …": a cue of talks on a matter ("hold talks on", "open
 * negotiations on", "start talks on") with a short phrase between the talks and their matter saying
 * where, with whom or in what framework they are held. The cue is read as if the phrase were not there,
 * so the talks (openness) govern the matter, not the "agreed to" before them (support).
 *
 * Narrow: the phrase opens with a preposition of place, company or framework right after the talks'
 * noun, runs at most six words with no clause break, and the matter's preposition ("on", "about",
 * "over") ends it; the cue must be one the ontology lists with that preposition right after the noun.
 * (A bare time or place adjunct, "next month", "in Geneva", is already hidden when the sentence is
 * tokenized: see talks-adjuncts.ts.)
 */
import type { Attitude } from './compile-ontology';
import type { TokenMatch, TokenTrie } from './token-trie';
import { SUBJECT_OPENER, TALKS_NOUN } from './talks-adjuncts';
import type { Token } from './tokens';
import { CALENDAR_WORDS } from './word-lists';
import { wordSet } from './word-set';

/** What opens a phrase of where, with whom or in what framework: "in Geneva", "with Moscow", "under OSCE auspices". */
const VENUE_OPENER = wordSet(/^(?:with|in|at|within|inside|under|between|among)$/);
/** What ends the phrase before a matter could follow: a clause break or a punctuation mark. */
const BREAK = wordSet(
  /^(?:that|which|who|whom|to|if|unless|but|while|because|when|after|before|since|and|or|[,;:.!?—–()"“”])$/,
);
/** The most words of the phrase. */
const SPAN = 6;
/**
 * Words of a company that is the holder's own side: "consultations with allies on …", "talks with its
 * European partners about …", "discussions among themselves over …". Talks within one side prepare its
 * answer; they are no openness to the matter on the other side's table.
 */
const OWN_SIDE = wordSet(/^(?:allies|ally|partners|themselves|each|one|fellow)$/);
/** The most words of the cue before the noun: "agree to hold talks" has the verb two words back. */
const HEAD = 3;
/** The most words of an aside between the cue's verb and the noun: "open, straight away, negotiations". */
const ASIDE = 4;

/** The matter's preposition after the talks' noun at `i`, past a phrase of venue if one opens there, or -1. */
function matterAfter(tokens: readonly Token[], i: number): number {
  const on = (j: number): boolean =>
    SUBJECT_OPENER.test(tokens[j]?.lower ?? '') &&
    // ("talks in Geneva on Friday about …": a date, not the matter.)
    !CALENDAR_WORDS.includes(tokens[j + 1]?.lower ?? '') &&
    !/^\d/.test(tokens[j + 1]?.text ?? '');
  if (on(i + 1)) return i + 1;
  if (!VENUE_OPENER.test(tokens[i + 1]?.lower ?? '')) return -1;
  const company = /^(?:with|among|between)$/.test(tokens[i + 1]!.lower);
  for (let j = i + 2; j <= i + 1 + SPAN && j < tokens.length; j++) {
    if (on(j)) return j;
    if (BREAK.test(tokens[j]!.lower)) return -1;
    // ("consultations with allies and partners on …": the holder's own side, see OWN_SIDE.)
    if (company && OWN_SIDE.test(tokens[j]!.lower)) return -1;
  }
  return -1;
}

/** The last word of the cue's head before the talks' noun at `i`, past an aside set off by commas ("open, straight away, negotiations"). */
function headEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.text !== ',') return i - 1;
  for (let k = i - 2; k >= Math.max(1, i - 1 - ASIDE); k--) {
    if (tokens[k]!.text === ',') return k - 1;
    if (BREAK.test(tokens[k]!.lower)) return -1;
  }
  return -1;
}

export function venuedTalksMatches(
  tokens: readonly Token[],
  cues: TokenTrie<Attitude>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  let out: TokenMatch<Attitude>[] | null = null;
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!TALKS_NOUN.test(tokens[i]!.lower)) continue;
    const on = matterAfter(tokens, i);
    const end = headEnd(tokens, i);
    // (With nothing between, the cue as written reads it.)
    if (on < 0 || end < 0 || (on === i + 1 && end === i - 1)) continue;
    // (A cue already reading the talks with their matter is kept as it is.)
    if (found.some((c) => c.first <= i && c.last >= on)) continue;
    for (let s = Math.max(0, end + 1 - HEAD); s <= end; s++) {
      // The cue as if written "hold talks on": its words to the noun, then the matter's preposition.
      const probe: Token[] = [...tokens.slice(s, end + 1), tokens[i]!, tokens[on]!];
      // (Bounded one short of the copy's length so the trie's whole-sentence memo is left alone.)
      probe.push(tokens[on]!);
      const m = cues
        .findAll(probe, 0, probe.length - 1)
        .find((x) => x.first === 0 && x.last === probe.length - 2);
      if (!m) continue;
      // (Past an aside, the cue opens at the noun, in the clause its matter is in.)
      const first = end === i - 1 ? s : i;
      (out ??= []).push({ first, last: on, values: m.values, phrase: m.phrase });
      break;
    }
  }
  return out ?? [];
}
