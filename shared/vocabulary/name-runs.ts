/**
 * Names in one tagged sentence: runs of capitalised proper nouns ("World Trade Organization",
 * "Ministry of Commerce"), and what each run is — a person with the office written beside the name
 * ("Trade Minister Elaine Fortier", "Elaine Fortier, the trade minister", "a spokesperson for the
 * Commission, Marta Lindqvist"), an adjective of nationality ("Canadian"), or another name.
 */
import { ACRONYM, DEMONYM, NAME_JOINERS, NOT_NAMES, ORGANISATION_WORDS, SPEECH_VERBS } from './english';
import type { TaggedSentence, TaggedToken } from './tagger';

export type NameMention =
  | { kind: 'person'; name: string; title: string | null; affiliation: string | null; start: number }
  | { kind: 'entity'; name: string; dateline: boolean; placeLike: boolean; start: number }
  | { kind: 'adjective'; name: string; start: number };

/** Office phrases as lower-case word lists, by their last word, longest first. */
export type Offices = ReadonlyMap<string, string[][]>;

const normal = (word: string): string => word.toLowerCase().replace(/-/g, '');

export function compileOffices(phrases: Iterable<string>): Offices {
  const unique = new Set([...phrases].map((p) => p.toLowerCase().trim()).filter(Boolean));
  const byLast = new Map<string, string[][]>();
  for (const words of [...unique].map((p) => p.split(/[\s-]+/).map(normal))) {
    const last = words.at(-1)!;
    byLast.set(
      last,
      [...(byLast.get(last) ?? []), words].sort((a, b) => b.length - a.length),
    );
  }
  return byLast;
}

const LETTER_START = /^\p{Lu}/u;
const OPENERS = /^(?:["“‘'(—–-]|:)$/;
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'across', 'inside', 'near']);

const lower = (t: TaggedToken | undefined): string => (t ? t.text.toLowerCase() : '');
const isAcronym = (t: TaggedToken): boolean => ACRONYM.test(t.text);

function atSentenceStart(tokens: readonly TaggedToken[], i: number): boolean {
  return i === 0 || OPENERS.test(tokens[i - 1]!.text);
}

/** A word that may be part of a name: capitalised, not a sentence-start common word or a month. */
function nameToken(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || !LETTER_START.test(t.text) || NOT_NAMES.has(t.text.toLowerCase().replace(/\.$/, '')))
    return false;
  if (isAcronym(t) || t.pos === 'PROPN') return true;
  // Capitalised common nouns mid-sentence are names' parts ("the Trade Commissioner"); at the start
  // of a sentence they are kept only as part of a longer run, decided by the caller.
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X';
}

/** Token index ranges [first, last] of the capitalised runs in a sentence. */
export function nameRuns(tokens: readonly TaggedToken[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameToken(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (nameToken(tokens, j + 1)) j += 1;
      else if (tokens[j + 1]?.text === '-' && nameToken(tokens, j + 2)) j += 2;
      else if (
        NAME_JOINERS.has(lower(tokens[j + 1])) &&
        nameToken(tokens, j + 2) &&
        !isAcronym(tokens[j + 2]!)
      )
        j += 2;
      else if (
        NAME_JOINERS.has(lower(tokens[j + 1])) &&
        lower(tokens[j + 2]) === 'the' &&
        nameToken(tokens, j + 3)
      )
        j += 3;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** The longest office phrase ending at token `end`, as the index of its first word, or -1. */
function officeEndingAt(tokens: readonly TaggedToken[], end: number, offices: Offices, from = 0): number {
  const candidates = offices.get(normal(lower(tokens[end])));
  for (const words of candidates ?? []) {
    const start = end - words.length + 1;
    if (start < from) continue;
    if (words.every((w, k) => normal(lower(tokens[start + k])) === w)) return start;
  }
  return -1;
}

const spanText = (text: string, tokens: readonly TaggedToken[], a: number, b: number): string =>
  text.slice(tokens[a]!.start, tokens[b]!.end);

/** Leading affiliation words of a title: initials, a nationality, a known name ("EU", "Canadian"). */
function affiliationPrefix(
  tokens: readonly TaggedToken[],
  a: number,
  officeStart: number,
  known: ReadonlySet<string>,
) {
  let k = a;
  while (
    k < officeStart &&
    (isAcronym(tokens[k]!) || DEMONYM.test(tokens[k]!.text) || known.has(tokens[k]!.text))
  )
    k++;
  return k;
}

export interface RunContext {
  text: string;
  sentence: TaggedSentence;
  offices: Offices;
  /** Names the vocabulary already holds, as written. */
  known: ReadonlySet<string>;
}

/** What each capitalised run of the sentence names. */
export function readNames(ctx: RunContext): NameMention[] {
  const { text, sentence, offices, known } = ctx;
  const tokens = sentence.tokens;
  const out: NameMention[] = [];
  const runs = nameRuns(tokens);
  const personName = (a: number, b: number): string | null => {
    if (b - a > 2) return null;
    for (let k = a; k <= b; k++) {
      const t = tokens[k]!;
      if (isAcronym(t) || ORGANISATION_WORDS.has(lower(t)) || t.pos !== 'PROPN') return null;
    }
    return spanText(text, tokens, a, b);
  };

  runs.forEach(([a, b], r) => {
    const at = tokens[a]!.start;
    // 1. "EU Trade Commissioner Henrik Valden", "Foreign Minister Paul Decaris of Canada"
    for (let k = b - 1; k >= a; k--) {
      const officeStart = officeEndingAt(tokens, k, offices, a);
      if (officeStart < 0) continue;
      let last = k + 1;
      while (last + 1 <= b && !NAME_JOINERS.has(lower(tokens[last + 1]))) last++;
      const name = personName(k + 1, last);
      if (!name) break;
      const titleFrom = affiliationPrefix(tokens, a, officeStart, known);
      let affiliation = titleFrom > a ? spanText(text, tokens, a, titleFrom - 1) : null;
      if (last < b) {
        const from = lower(tokens[last + 2]) === 'the' ? last + 3 : last + 2;
        if (from <= b) affiliation = spanText(text, tokens, from, b);
        out.push({
          kind: 'entity',
          name: spanText(text, tokens, from, b),
          dateline: false,
          placeLike: false,
          start: tokens[from]!.start,
        });
      }
      if (affiliation && titleFrom > a && !DEMONYM.test(affiliation))
        out.push({ kind: 'entity', name: affiliation, dateline: false, placeLike: false, start: at });
      const title = spanText(text, tokens, titleFrom, k);
      out.push({ kind: 'person', name, title, affiliation, start: tokens[k + 1]!.start });
      return;
    }
    const name = personName(a, b);
    // 2. "trade minister Elaine Fortier", "Canada's trade minister Elaine Fortier"
    if (name && a > 0) {
      const officeStart = officeEndingAt(tokens, a - 1, offices);
      if (officeStart >= 0 && !LETTER_START.test(tokens[officeStart]!.text)) {
        let titleStart = officeStart;
        while (
          titleStart > 0 &&
          titleStart > officeStart - 2 &&
          /^(?:NOUN|ADJ)$/.test(tokens[titleStart - 1]!.pos) &&
          !LETTER_START.test(tokens[titleStart - 1]!.text)
        )
          titleStart--;
        const before = tokens[titleStart - 1];
        let affiliation: string | null = null;
        if (before && (isAcronym(before) || DEMONYM.test(before.text))) affiliation = before.text;
        else if (before && /^['’]s$/.test(before.text)) {
          const owner = runs.find(([, e]) => e === titleStart - 2);
          if (owner) affiliation = spanText(text, tokens, owner[0], owner[1]);
        }
        out.push({
          kind: 'person',
          name,
          title: spanText(text, tokens, titleStart, a - 1),
          affiliation,
          start: at,
        });
        return;
      }
      // "a spokesperson for the European Commission, Marta Lindqvist"
      const previous = runs[r - 1];
      if (previous && tokens[a - 1]?.text === ',' && previous[1] === a - 2) {
        let k = previous[0] - 1;
        if (lower(tokens[k]) === 'the') k--;
        if (/^(?:for|of|at)$/.test(lower(tokens[k]))) {
          const officeStart = officeEndingAt(tokens, k - 1, offices);
          if (officeStart >= 0) {
            const affiliation = spanText(text, tokens, previous[0], previous[1]);
            out.push({
              kind: 'person',
              name,
              title: spanText(text, tokens, officeStart, k - 1),
              affiliation,
              start: at,
            });
            return;
          }
        }
      }
    }
    // 3. "Henrik Valden, the EU trade commissioner, said": the office closes the apposition.
    if (name && tokens[b + 1]?.text === ',') {
      let k = b + 2;
      if (/^(?:the|a|an)$/.test(lower(tokens[k]))) k++;
      const from = k;
      let office: [number, number] | null = null;
      for (; k < tokens.length && k < from + 6 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB'; k++) {
        const officeStart = officeEndingAt(tokens, k, offices, from);
        if (officeStart >= 0) office = [officeStart, k];
      }
      const after = office ? tokens[office[1] + 1] : undefined;
      if (office && (!after || /^[,.;)]$/.test(after.text) || after.pos === 'VERB' || after.pos === 'AUX')) {
        const titleFrom = affiliationPrefix(tokens, from, office[0], known);
        const affiliation = titleFrom > from ? spanText(text, tokens, from, titleFrom - 1) : null;
        const title = spanText(text, tokens, titleFrom, office[1]);
        out.push({ kind: 'person', name, title, affiliation, start: at });
        return;
      }
    }
    // 4. "Marta Lindqvist said"
    if (name && b > a && SPEECH_VERBS.has(tokens[b + 1]?.lemma ?? '')) {
      out.push({ kind: 'person', name, title: null, affiliation: null, start: at });
      return;
    }
    // 5. Anything else is a name; a sentence-initial common noun is not part of it.
    let first = a;
    while (
      first <= b &&
      atSentenceStart(tokens, first) &&
      tokens[first]!.pos !== 'PROPN' &&
      !isAcronym(tokens[first]!)
    )
      first++;
    if (first > b) return;
    if (first === b && DEMONYM.test(tokens[b]!.text) && tokens[b]!.pos === 'ADJ') {
      out.push({ kind: 'adjective', name: tokens[b]!.text, start: tokens[b]!.start });
      return;
    }
    if (
      first === b &&
      DEMONYM.test(tokens[b]!.text) &&
      tokens[b + 1] &&
      /^\p{Ll}/u.test(tokens[b + 1]!.text)
    ) {
      out.push({ kind: 'adjective', name: tokens[b]!.text, start: tokens[b]!.start });
      return;
    }
    // An office alone ("the Trade Commissioner") is no one's name.
    if (officeEndingAt(tokens, b, offices, first) === first) return;
    const raw = spanText(text, tokens, first, b);
    const dateline =
      sentence.opensParagraph && first === 0 && /^\p{Lu}{4,}$/u.test(raw) && tokens[b + 1]?.text === ',';
    const entityName = dateline ? raw.charAt(0) + raw.slice(1).toLowerCase() : raw;
    const placeLike = PLACE_PREPOSITIONS.has(lower(tokens[first - 1]));
    out.push({ kind: 'entity', name: entityName, dateline, placeLike, start: tokens[first]!.start });
  });
  return out;
}
