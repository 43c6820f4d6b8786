/**
 * Finding ontology phrases in text. Every phrase list (aliases, demand phrases, cues) is compiled
 * once into a single alternation regex, longest phrase first, so a scan of a sentence is one pass
 * per list whatever the size of the ontology. Matches carry exact JS string offsets.
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The text as it appears in the document. */
  text: string;
  /** Every entry the matched phrase belongs to (an alias may speak for several parties). */
  values: T[];
}

export interface PhraseMatcher<T> {
  find(text: string, from?: number, to?: number): PhraseMatch<T>[];
  readonly size: number;
}

/** Spelling-insensitive key: "Non-expansion", "nonexpansion" and "non expansion" are one phrase. */
export const phraseKey = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pattern for one phrase: flexible about whitespace, hyphens and curly vs straight apostrophes. */
function phrasePattern(phrase: string, caseSensitive: boolean): string {
  let out = '';
  const trimmed = phrase.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i] as string;
    if (/\s/.test(ch)) {
      if (!out.endsWith('\\s*') && !out.endsWith('\\s+')) out += '\\s+';
    } else if (/[-‐‑‒–]/.test(ch)) {
      out = out.replace(/\\s\+$/, '');
      out += '[-‐‑‒–]?\\s*';
    } else if (/['’‘]/.test(ch)) {
      out += "['’‘]";
    } else if (i === 0 && caseSensitive && /\p{L}/u.test(ch)) {
      // Proper nouns are matched case-sensitively ("US" is not "us"), except that a sentence may
      // capitalise a leading article: "the alliance" / "The alliance".
      out += `[${escape(ch.toLowerCase())}${escape(ch.toUpperCase())}]`;
    } else {
      out += escape(ch);
    }
  }
  return out;
}

/**
 * Compile phrases to one matcher. `caseSensitive` is for names (aliases); demand phrases and cues
 * are matched ignoring case. Phrases are whole words: a match never starts or ends inside a word.
 */
export function compilePhrases<T>(
  entries: Array<{ phrase: string; value: T }>,
  caseSensitive: boolean,
): PhraseMatcher<T> {
  const byKey = new Map<string, T[]>();
  const patterns = new Map<string, string>();
  for (const { phrase, value } of entries) {
    const key = phraseKey(phrase);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    byKey.set(key, list);
    const pattern = phrasePattern(phrase, caseSensitive);
    if (!patterns.has(pattern)) patterns.set(pattern, phrase);
  }
  const sorted = [...patterns.entries()].sort((a, b) => b[1].length - a[1].length).map(([p]) => p);
  if (sorted.length === 0) return { find: () => [], size: 0 };
  const source = `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`;
  const regex = new RegExp(source, caseSensitive ? 'gu' : 'giu');
  // Case-sensitive lookups still use the case-folded key: the regex already enforced the case.
  return {
    size: sorted.length,
    find(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
      const out: PhraseMatch<T>[] = [];
      const slice = text.slice(from, to);
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const values = byKey.get(phraseKey(m[0]));
        if (values)
          out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], values });
      }
      return out;
    },
  };
}

/** True when the spans [a, b) and [c, d) overlap. */
export const overlaps = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;
