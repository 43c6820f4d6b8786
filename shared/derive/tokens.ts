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
  /** The token as written. */
  text: string;
  lower: string;
  /** Keys for ontology matching (lower-case form, lemma, inflection variants). */
  keys: readonly string[];
  /** Letters or digits. */
  word: boolean;
  /** Skipped by phrase matching: quote marks, hyphens, a possessive 's. */
  transparent: boolean;
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
  constructor(
    private readonly lemmatizer: Lemmatizer | null,
    private readonly wanted: (lower: string) => boolean,
  ) {}

  keys(lower: string): readonly string[] {
    const hit = this.cache.get(lower);
    if (hit) return hit;
    let keys: string[] = [lower];
    if (this.wanted(lower)) {
      const base = lower.replace(/['’]/g, '’');
      const lemma = this.lemmatizer ? this.lemmatizer.lemma(lower).toLowerCase() : lower;
      keys = [...new Set([lower, base, lemma, ...inflectionVariants(lower)])];
    }
    if (this.cache.size > 200_000) this.cache.clear(); // bound memory on huge vocabularies
    this.cache.set(lower, keys);
    return keys;
  }
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number, keyCache: KeyCache): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const lower = raw.toLowerCase().replace(/’/g, "'");
    const word = WORD.test(raw);
    out.push({
      i: out.length,
      start: start + m.index,
      end: start + m.index + raw.length,
      text: raw,
      lower,
      keys: word ? keyCache.keys(lower) : [lower],
      word,
      transparent: TRANSPARENT.test(raw),
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
