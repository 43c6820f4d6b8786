/**
 * Word tokens of a sentence with exact document offsets and the keys they match on. Matching is
 * on keys, not spellings: a token's keys are its lower-case form, its lemma from the NLP library
 * ("demanded" → "demand", "allies" → "ally") and regular inflection variants, so an ontology entry
 * written once matches every inflection. Quote marks, hyphens and a possessive "'s" are
 * transparent to phrase matching: `the "open door" policy`, "open-door", "NATO's expansion".
 */

export interface Token {
  /** Index of the token in its sentence. */
  i: number;
  start: number;
  end: number;
  /** The token as written (a hyphen between spaces is written for a dash: "—"). */
  text: string;
  lower: string;
  /** Keys for ontology matching (lower-case form, lemma, inflection variants). */
  keys: readonly string[];
  /** Letters or digits. */
  word: boolean;
  /** Skipped by phrase matching: quote marks, hyphens, a possessive 's. */
  transparent: boolean;
  /** One bit per phrase list whose phrases may start at this token (see KeyCache). */
  starts: number;
  /** Starts with an upper-case letter (a name may start here). */
  capital: boolean;
  /** The key names match on: the spelling as written, curly apostrophes straightened. */
  nameKeys: readonly string[];
}

/** Lemmas from an NLP library, one word at a time (context-free, memoised by the caller). */
export interface Lemmatizer {
  lemma(lowerCaseWord: string): string;
}

// "U.S." and "E.U." stay whole; "NATO's" is "NATO" + "'s"; "won't", "don't" stay whole; hyphens,
// quotes and other marks are tokens of their own.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’](?![sS](?![\p{L}]))\p{L}+)*|['’][sS](?![\p{L}])|[^\s\p{L}\p{N}]/gu;
const TRANSPARENT = /^(?:["“”„«»‘’'`´\-‐‑‒–]|['’][sS])$/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const STARTS_UPPER = /^\p{Lu}/u;

/** Regular inflection variants: cheap extra keys where the lemmatizer leaves a form alone. */
export function inflectionVariants(lower: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s.length >= 3 && s !== lower && !out.includes(s)) out.push(s);
  };
  if (lower.endsWith('ies')) add(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) add(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) add(lower.slice(0, -1));
  if (lower.endsWith('ed')) {
    add(lower.slice(0, -1));
    add(lower.slice(0, -2));
  }
  if (lower.endsWith('ing')) {
    add(lower.slice(0, -3));
    add(`${lower.slice(0, -3)}e`);
  }
  return out;
}

/**
 * Keys of one lower-case word, memoised. `wanted(lower)` says whether the word could match any
 * ontology entry at all; only then is the lemmatizer asked, which keeps derivation fast.
 */
export class KeyCache {
  private readonly cache = new Map<string, readonly string[]>();
  private readonly masks = new Map<string, number>();
  private readonly entries = new Map<string, { keys: readonly string[]; starts: number }>();
  /**
   * `startsOf(keys)` gives the bits of the phrase lists a word with these keys may start: phrase
   * matching then skips, with one test, every list that cannot start at a token.
   */
  constructor(
    private readonly lemmatizer: Lemmatizer | null,
    private readonly wanted: (lower: string) => boolean,
    private readonly startsOf: (keys: readonly string[]) => number = () => -1,
  ) {}

  private readonly spellings = new Map<string, Spelling>();

  /** Everything a token written `raw` carries, in one lookup (the tokenizer's hot path). */
  spelling(raw: string): Spelling {
    let s = this.spellings.get(raw);
    if (!s) {
      const lower = raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
      // Every token is a word (letters, digits), "'s", or a single mark: test the first character only.
      const word = WORD.test(raw[0] as string);
      const e = this.entry(lower);
      s = {
        lower,
        keys: e.keys,
        starts: e.starts,
        word,
        transparent: word ? false : TRANSPARENT.test(raw),
        capital: STARTS_UPPER.test(raw),
        nameKeys: nameKeys(raw),
      };
      if (this.spellings.size > 200_000) this.spellings.clear();
      this.spellings.set(raw, s);
    }
    return s;
  }

  /** Keys and start bits of a lower-case word in one lookup. */
  entry(lower: string): { keys: readonly string[]; starts: number } {
    let e = this.entries.get(lower);
    if (!e) {
      if (this.entries.size > 200_000) this.entries.clear();
      this.entries.set(lower, (e = { keys: this.keys(lower), starts: this.starts(lower) }));
    }
    return e;
  }

  /** The start bits of a lower-case word (computed once per word). */
  starts(lower: string): number {
    let mask = this.masks.get(lower);
    if (mask === undefined) {
      mask = this.startsOf(this.keys(lower));
      this.masks.set(lower, mask);
    }
    return mask;
  }

  keys(lower: string): readonly string[] {
    const hit = this.cache.get(lower);
    if (hit) return hit;
    let keys: string[] = [lower];
    if (this.wanted(lower)) {
      const base = lower.replace(/['’]/g, '’');
      const lemma = this.lemmatizer ? this.lemmatizer.lemma(lower).toLowerCase() : lower;
      keys = [...new Set([lower, base, lemma, ...inflectionVariants(lower)])];
    }
    if (this.cache.size > 200_000) {
      // Bound memory on huge vocabularies.
      this.cache.clear();
      this.masks.clear();
    }
    this.cache.set(lower, keys);
    return keys;
  }
}

const NAME_KEYS = new Map<string, readonly string[]>();
/** The one-key list for a name spelling (curly apostrophes made straight), shared between tokens. */
export function nameKeys(text: string): readonly string[] {
  const spelling = text.includes('’') ? text.replace(/’/g, "'") : text;
  let keys = NAME_KEYS.get(spelling);
  if (!keys) {
    if (NAME_KEYS.size > 200_000) NAME_KEYS.clear();
    NAME_KEYS.set(spelling, (keys = [spelling]));
  }
  return keys;
}

/** What a spelling gives every token written that way (memoised per KeyCache). */
interface Spelling {
  lower: string;
  keys: readonly string[];
  starts: number;
  word: boolean;
  transparent: boolean;
  capital: boolean;
  nameKeys: readonly string[];
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number, keyCache: KeyCache): Token[] {
  const out: Token[] = [];
  // The regex runs over the document itself (no copy of the sentence); a token reaching past `end`
  // (a sentence cut inside a word, at a length bound) is cut there.
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(text); m && m.index < end; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    if (m.index + raw.length > end) raw = raw.slice(0, end - m.index);
    // "Russia's demands - A, B and C - were refused": a hyphen between spaces stands for a dash.
    if (raw === '-' && SPACE.test(text[m.index - 1] ?? '') && SPACE.test(text[m.index + 1] ?? '')) raw = '—';
    const s = keyCache.spelling(raw);
    out.push({
      i: out.length,
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      lower: s.lower,
      keys: s.keys,
      word: s.word,
      transparent: s.transparent,
      starts: s.starts,
      capital: s.capital,
      nameKeys: s.nameKeys,
    });
  }
  return out;
}

/** The words of a phrase as the tokenizer would cut them, lower-cased, transparent marks dropped. */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(phrase); m; m = TOKEN_RE.exec(phrase)) {
    if (!TRANSPARENT.test(m[0])) out.push(m[0]);
  }
  return out;
}
