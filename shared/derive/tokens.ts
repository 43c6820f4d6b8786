/**
 * Word tokens of a sentence with exact document offsets and the keys they match on. Matching is
 * on keys, not spellings: a token's keys are its lower-case form, its lemma from the NLP library
 * ("demanded" → "demand", "allies" → "ally") and regular inflection variants, so an ontology entry
 * written once matches every inflection. Quote marks, hyphens and a possessive "'s" are
 * transparent to phrase matching: `the "open door" policy`, "open-door", "NATO's expansion".
 */

import { SpanMap } from './span-map';
import { talksAdjunctWords } from './talks-adjuncts';
import { timePhraseStart } from './time-phrase';
import { dropMannerAdverbs, mannerAdverbAt } from './verb-adverbs';
import { MODAL_VERBS, NEGATION_WORD, READINESS } from './word-lists';
import { wordSet } from './word-set';

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
// Square brackets mark an editor's insertion in a quotation ("Among [these proposals] are …"): read through.
const TRANSPARENT = wordSet(/^(?:["“”„«»‘’'`´\-‐‑‒–[\]]|['’][sS])$/);
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const STARTS_UPPER = /^\p{Lu}/u;

/** Regular inflection variants: cheap extra keys where the lemmatizer leaves a form alone. */
export function inflectionVariants(lower: string): string[] {
  const out: string[] = [];
  if (lower.endsWith('ies')) addVariant(out, lower, `${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) addVariant(out, lower, lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) addVariant(out, lower, lower.slice(0, -1));
  if (lower.endsWith('ed')) {
    addVariant(out, lower, lower.slice(0, -1));
    addVariant(out, lower, lower.slice(0, -2));
    addUndoubled(out, lower, lower.slice(0, -2));
  }
  if (lower.endsWith('ing')) {
    addVariant(out, lower, lower.slice(0, -3));
    addVariant(out, lower, `${lower.slice(0, -3)}e`);
    addUndoubled(out, lower, lower.slice(0, -3));
  }
  return out;
}

/** "admitted", "stopping": the stem with its doubled final consonant single again ("admit", "stop"). */
function addUndoubled(out: string[], lower: string, stem: string): void {
  const last = stem[stem.length - 1] ?? '';
  if (stem.length >= 4 && last === stem[stem.length - 2] && /[bdgklmnprtz]/.test(last))
    addVariant(out, lower, stem.slice(0, -1));
}

function addVariant(out: string[], lower: string, s: string): void {
  if (s.length >= 3 && s !== lower && !out.includes(s)) out.push(s);
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

  private readonly spellings = new SpanMap<Spelling>(200_000);

  /** Everything a token written `raw` carries, in one lookup. */
  spelling(raw: string): Spelling {
    return this.spellingAt(raw, 0, raw.length);
  }

  /** The spelling of the token text[start, end), in one lookup that cuts nothing out of the text (the tokenizer's hot path). */
  spellingAt(text: string, start: number, end: number): Spelling {
    let s = this.spellings.getSpan(text, start, end);
    if (!s) {
      const raw = text.slice(start, end);
      let lower = raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
      // "wonât", "doesnât": an apostrophe mangled by a wrong decoding still makes a negation.
      if (lower.endsWith('nât')) lower = `${lower.slice(0, -2)}'t`;
      // Every token is a word (letters, digits), "'s", or a single mark: test the first character only.
      const word = WORD.test(raw[0] as string);
      const e = this.entry(lower);
      s = {
        text: raw,
        lower,
        keys: e.keys,
        starts: e.starts,
        word,
        transparent: word ? false : TRANSPARENT.test(raw),
        capital: STARTS_UPPER.test(raw),
        nameKeys: nameKeys(raw),
      };
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
  text: string;
  lower: string;
  keys: readonly string[];
  starts: number;
  word: boolean;
  transparent: boolean;
  capital: boolean;
  nameKeys: readonly string[];
}

// What TOKEN_RE sees in one UTF-16 code unit, computed once per code unit with the same Unicode
// properties: the tokenizer's scanner below cuts tokens with table lookups instead of the regex.
const KNOWN = 1;
const IS_SPACE = 2;
const IS_LETTER = 4;
const IS_UPPER = 8;
const IS_DIGIT = 16;
/** Half of a surrogate pair: its class is the whole code point's, so the regex decides there. */
const IS_SURROGATE = 32;
const charClasses = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = charClasses[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN;
    if (code >= 0xd800 && code <= 0xdfff) c |= IS_SURROGATE;
    else {
      if (/\s/u.test(ch)) c |= IS_SPACE;
      if (/\p{L}/u.test(ch)) c |= IS_LETTER;
      if (/\p{Lu}/u.test(ch)) c |= IS_UPPER;
      if (/\p{N}/u.test(ch)) c |= IS_DIGIT;
    }
    charClasses[code] = c;
  }
  return c;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const isS = (code: number): boolean => code === 0x73 || code === 0x53;
/** Class of the code unit at i; past the end of the text, nothing (a space-free, letter-free 0). */
const classAt = (text: string, i: number): number => (i < text.length ? classOf(text.charCodeAt(i)) : 0);

/** End of the last token `nextToken` found. */
let tokenEnd = 0;
/** Set by `scanAt` when a surrogate pair is in the way and the regex must decide. */
let needRegex = false;

/**
 * The next token at or after `from` that starts before `end`: its start (its end in `tokenEnd`),
 * or -1. Exactly what TOKEN_RE.exec would match from `from`; the regex itself decides only where
 * a surrogate pair is involved.
 */
function nextToken(text: string, from: number, end: number): number {
  let p = from;
  while (p < end) {
    const c = classAt(text, p);
    if (c & IS_SURROGATE) return regexToken(text, p, end);
    if (!(c & IS_SPACE)) break;
    p++;
  }
  if (p >= end) return -1;
  needRegex = false;
  const e = scanAt(text, p);
  if (needRegex) return regexToken(text, p, end);
  tokenEnd = e;
  return p;
}

function regexToken(text: string, from: number, end: number): number {
  TOKEN_RE.lastIndex = from;
  const m = TOKEN_RE.exec(text);
  if (!m || m.index >= end) return -1;
  tokenEnd = m.index + m[0].length;
  return m.index;
}

/** End of the token starting at the non-space `s`, alternative by alternative as in TOKEN_RE. */
function scanAt(text: string, s: number): number {
  const code = text.charCodeAt(s);
  const c = classOf(code);
  // (?:\p{Lu}\.){2,}: "U.S.", "E.U."
  if (c & IS_UPPER && text.charCodeAt(s + 1) === DOT) {
    let q = s + 2;
    for (;;) {
      const u = classAt(text, q);
      if (u & IS_SURROGATE) return flagRegex();
      if (!(u & IS_UPPER) || text.charCodeAt(q + 1) !== DOT) break;
      q += 2;
    }
    if (q - s >= 4) return q;
  }
  // [\p{L}\p{N}]+(?:['’](?![sS](?![\p{L}]))\p{L}+)*: a word, with "won't", "o'clock" whole
  if (c & (IS_LETTER | IS_DIGIT)) {
    let q = s + 1;
    for (let u = classAt(text, q); u & (IS_LETTER | IS_DIGIT | IS_SURROGATE); u = classAt(text, ++q))
      if (u & IS_SURROGATE) return flagRegex();
    for (;;) {
      // (Read within the text: a read past its end, at a word ending the text, cost the tokenizer its
      // optimised code.)
      const mark = q < text.length ? text.charCodeAt(q) : -1;
      if (mark !== APOSTROPHE && mark !== RIGHT_QUOTE) return q;
      const first = classAt(text, q + 1);
      if (first & IS_SURROGATE) return flagRegex();
      if (!(first & IS_LETTER)) return q;
      if (isS(text.charCodeAt(q + 1))) {
        const after = classAt(text, q + 2);
        if (after & IS_SURROGATE) return flagRegex();
        if (!(after & IS_LETTER)) return q; // a possessive "'s": a token of its own
      }
      q += 2;
      for (let u = classAt(text, q); u & (IS_LETTER | IS_SURROGATE); u = classAt(text, ++q))
        if (u & IS_SURROGATE) return flagRegex();
    }
  }
  // ['’][sS](?![\p{L}]): a possessive "'s"
  if ((code === APOSTROPHE || code === RIGHT_QUOTE) && isS(text.charCodeAt(s + 1))) {
    const after = classAt(text, s + 2);
    if (after & IS_SURROGATE) return flagRegex();
    if (!(after & IS_LETTER)) return s + 2;
  }
  // [^\s\p{L}\p{N}]: any other mark, one character
  return s + 1;
}

function flagRegex(): number {
  needRegex = true;
  return -1;
}

/**
 * A token hidden from phrase matching (as `transparent`), optionally written as another mark. Built with
 * the same properties in the same order as `tokenize` builds a token, so every token has one shape: a
 * copy made by spreading has a shape of its own, and code that met only one of the two shapes was
 * compiled again on meeting the other (each time over the whole reading it was inlined into).
 */
function hiddenToken(t: Token, mark?: string): Token {
  return {
    i: t.i,
    start: t.start,
    end: t.end,
    text: mark ?? t.text,
    lower: mark ?? t.lower,
    keys: t.keys,
    word: t.word,
    transparent: true,
    starts: t.starts,
    capital: t.capital,
    nameKeys: t.nameKeys,
  };
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number, keyCache: KeyCache): Token[] {
  const out: Token[] = [];
  // The scan runs over the document itself (no copy of the sentence); a token reaching past `end`
  // (a sentence cut inside a word, at a length bound) is cut there.
  // A start inside a surrogate pair: the regex backs up to the pair, so it decides.
  const first =
    classAt(text, start) & IS_SURROGATE ? regexToken(text, start, end) : nextToken(text, start, end);
  for (let at = first; at >= 0; at = nextToken(text, tokenEnd, end)) {
    const stop = Math.min(tokenEnd, end);
    // "Russia's demands - A, B and C - were refused": a hyphen between spaces stands for a dash.
    const dash =
      stop === at + 1 && text[at] === '-' && SPACE.test(text[at - 1] ?? '') && SPACE.test(text[at + 1] ?? '');
    const s = dash ? keyCache.spelling('—') : keyCache.spellingAt(text, at, stop);
    out.push({
      i: out.length,
      start: at,
      end: stop,
      text: s.text,
      lower: s.lower,
      keys: s.keys,
      word: s.word,
      transparent: s.transparent,
      starts: s.starts,
      capital: s.capital,
      nameKeys: s.nameKeys,
    });
  }
  hideReadinessAsides(out);
  hideContentAsides(out);
  hideConditionAsides(out);
  hideTimeAsides(out);
  hideTimeBeforeInfinitive(out);
  // ("open negotiations next month on …": see talks-adjuncts.ts.)
  for (const k of talksAdjunctWords(out)) out[k] = hiddenToken(out[k] as Token);
  hideObjectAsides(out);
  hideConnectiveAsides(out);
  hideSpokenQuoteMarks(out);
  hideEmphaticRepeats(out);
  hidePassiveAdverbs(out);
  hideNegationIntensifiers(out);
  hideDashedEmphasis(out);
  // ("sit down directly with the government": see verb-adverbs.ts.)
  for (let i = 1; i < out.length - 1; i++) if (mannerAdverbAt(out, i)) out[i] = hiddenToken(out[i] as Token);
  return out;
}

const PASSIVE_COPULA = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Adverbs of degree, pace or manner that leave what a passive verb says standing ("partly lifted"). */
const PASSIVE_ADVERB = new Set([
  'partly',
  'partially',
  'fully',
  'completely',
  'entirely',
  'gradually',
  'swiftly',
  'quickly',
  'promptly',
  'immediately',
  'eventually',
  'finally',
  'formally',
  'permanently',
  'significantly',
  'substantially',
  'largely',
]);
const PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn)|cut|set|put|shut|kept|held|lift|made|brought)$/;
/**
 * "sanctions be partly eased", "the tariffs were gradually removed": one adverb of degree, pace or manner
 * between a passive's copula and its participle is transparent, so the passive reads whole ("be eased").
 * (Not a hedge or a negation: "be hardly eased", "be never lifted" stay as written.)
 */
function hidePassiveAdverbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!PASSIVE_ADVERB.has((tokens[i] as Token).lower)) continue;
    if (!PASSIVE_COPULA.has((tokens[i - 1] as Token).lower)) continue;
    if (!PARTICIPLE.test((tokens[i + 1] as Token).lower)) continue;
    tokens[i] = hiddenToken(tokens[i] as Token);
  }
}

const INTENSIFIER_OPENER = new Set(['in', 'by', 'at']);
const INTENSIFIER_NOUN = new Set(['way', 'form', 'shape', 'sense', 'means']);
const NEGATION_BEFORE = /^(?:not|never|cannot)$|n['’]t$/;
/**
 * "would not in any way shut off …", "will not by any means accept …", "did not at all reject …": an
 * intensifying phrase right after a negation and right before a verb only stresses the negation, so the
 * words around it read as one ("would not shut off") and the negation reaches its verb.
 */
function hideNegationIntensifiers(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    // (A set lookup first: this runs on every word of every sentence.)
    if (!INTENSIFIER_OPENER.has((tokens[i] as Token).lower)) continue;
    if (!NEGATION_BEFORE.test((tokens[i - 1] as Token).lower)) continue;
    const opener = (tokens[i] as Token).lower;
    const second = (tokens[i + 1] as Token).lower;
    let last = -1;
    if (opener === 'at' && second === 'all') last = i + 1;
    else if (
      opener !== 'at' &&
      second === 'any' &&
      INTENSIFIER_NOUN.has(tokens[i + 2]?.lower ?? '') &&
      (opener === 'by') === (tokens[i + 2]?.lower === 'means')
    )
      last = i + 2;
    // (Only before a word: "not in any way, shape or form" or "not at all." keep their punctuation.)
    if (last < 0 || !tokens[last + 1]?.word) continue;
    for (let k = i; k <= last; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = last;
  }
}

const DASH = new Set(['—', '–']);
/** Words a speaker sets off in dashes only to stress a negation: "none at all", "zero", "I repeat, not". */
const DASHED_EMPHASIS = wordSet(
  /^(?:none|nothing|zero|at|all|whatsoever|absolutely|repeat|i|mean|and|not|no|never|ever|,)$/,
);
/**
 * "we have no — none at all — intention of …", "will not — I repeat, not — accept …": an aside in
 * dashes right after a negation that only stresses it is transparent, so the negation reads on to its
 * noun or verb ("no intention of"). Only an aside of such words throughout (at most five), closed by its
 * own dash and followed by a word: "no — as Moscow claims — threat" names a source and stays.
 */
function hideDashedEmphasis(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 3; i++) {
    // (A set lookup first: this runs on every word of every sentence.)
    if (!DASH.has((tokens[i] as Token).text)) continue;
    if (!NEGATION_WORD.test((tokens[i - 1] as Token).lower)) continue;
    let close = i + 1;
    while (close <= i + 6 && DASHED_EMPHASIS.test(tokens[close]?.lower ?? '')) close++;
    if (close === i + 1 || !DASH.has(tokens[close]?.text ?? '') || !tokens[close + 1]?.word) continue;
    // (Written as plain hyphens, as a spoken quotation mark's dashes are: a dash would still part the
    // words, and a repeated "not" would still count as a second negation.)
    for (let k = i; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token, '‐');
    i = close;
  }
}

const EMPHATIC_AFTER_NEVER = wordSet(/^(?:ever|never)$/);
/**
 * "will never, ever join", "never, never, ever become a member", "never ever": the repeats only stress the
 * first "never", so the words around them read as one ("never join") and the negation counts once.
 */
function hideEmphaticRepeats(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).lower !== 'never') continue;
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (next && EMPHATIC_AFTER_NEVER.test(next.lower)) {
        tokens[j] = hiddenToken(next);
        j++;
      } else if (next?.text === ',' && EMPHATIC_AFTER_NEVER.test(tokens[j + 1]?.lower ?? '')) {
        // (The comma becomes a plain hyphen, as a spoken quotation mark's do: a comma would part the words.)
        tokens[j] = hiddenToken(next, '‐');
        j++;
      } else break;
    }
    i = j - 1;
  }
}

const SPOKEN_QUOTE = new Set(['quote', 'unquote']);
const QUOTE_BREAK = new Set(['—', '–', ',']);
/**
 * "pledged not to send — quote — offensive weapons": a transcript's spoken quotation mark is no part of
 * the sentence, so the words around it read as one ("not to send … offensive weapons").
 */
function hideSpokenQuoteMarks(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    // (A set lookup, not a pattern: this runs on every word of every sentence.)
    if (!SPOKEN_QUOTE.has((tokens[i] as Token).lower)) continue;
    if (!QUOTE_BREAK.has((tokens[i - 1] as Token).text) || !QUOTE_BREAK.has((tokens[i + 1] as Token).text))
      continue;
    // (The dashes around it become plain hyphens: a dash would still part the words as a clause break.)
    for (const k of [i - 1, i + 1]) tokens[k] = hiddenToken(tokens[k] as Token, '‐');
    tokens[i] = hiddenToken(tokens[i] as Token);
  }
}

const ASIDE_END = new Set([';', ':', '.', '—', '–', '(', ')', '"', '“', '”']);
const ASIDE_SPEECH = wordSet(/^(?:said|says|say|told|added|adds|noted|stressed|insisted|according)$/);
/** The comma closing an aside between `from` and `to`, or -1 at a stronger mark or a speech verb first. */
function asideClose(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (ASIDE_END.has(t.text) || ASIDE_SPEECH.test(t.lower)) return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

/**
 * "ready, after consulting its allies, to talk about …": an aside in commas between a readiness word and
 * its infinitive is transparent, so the cue reads whole ("ready to talk") and what the aside names
 * (the allies consulted, a condition's "Moscow") is neither a phrase nor a party of the sentence.
 */
function hideReadinessAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 3; i++) {
    // (The comma first: commas are rarer than words, and this runs on every sentence.)
    if (tokens[i + 1]?.text !== ',' || !READINESS.test((tokens[i] as Token).lower)) continue;
    // ("ready, Lavrov said, to …": a speaker's tag stays visible to the speaker logic.)
    const close = asideClose(tokens, i + 3, i + 12);
    if (close < 0 || tokens[close + 1]?.lower !== 'to' || !tokens[close + 2]?.word) continue;
    for (let k = i + 1; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = close;
  }
}

const CONTENT_ASIDE_OPENER = wordSet(/^(?:in|under|as|for|with|given|despite|after|on|at|by|from|since)$/);
/**
 * "The alliance's position is that, under UN treaties, each nation may choose …": a short aside in commas
 * right after a content clause's "that" is transparent, so the clause reads on from "that" to its content.
 * (Not an aside naming a source: "that, according to Moscow, …" or "that, he said, …".)
 */
function hideContentAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 4; i++) {
    if (tokens[i + 1]?.text !== ',' || (tokens[i] as Token).lower !== 'that') continue;
    if (!CONTENT_ASIDE_OPENER.test(tokens[i + 2]?.lower ?? '')) continue;
    const close = asideClose(tokens, i + 3, i + 10);
    if (close < 0 || !tokens[close + 1]?.word) continue;
    for (let k = i + 1; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = close;
  }
}

const CONDITION_ASIDE_OPENER = wordSet(/^(?:if|once|were|should|when)$/);
const ASIDE_MODAL = new Set(MODAL_VERBS);
/**
 * "a draft treaty which, were it ever signed, would forbid …", "proposals that, if accepted, would bar
 * …": a short condition in commas between a relative pronoun and its modal is transparent, so the
 * relative clause reads on as "which would forbid …" (what the proposal would do, whoever tabled it).
 * Only before a modal: "warned that, if NATO expands, it would respond" keeps its own subject.
 */
function hideConditionAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 4; i++) {
    if (tokens[i + 1]?.text !== ',' || !/^(?:which|that)$/.test((tokens[i] as Token).lower)) continue;
    if (!CONDITION_ASIDE_OPENER.test(tokens[i + 2]?.lower ?? '')) continue;
    const close = asideClose(tokens, i + 3, i + 9);
    if (close < 0 || !ASIDE_MODAL.has(tokens[close + 1]?.lower ?? '')) continue;
    for (let k = i + 1; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = close;
  }
}

const TIME_ASIDE_OPENER = wordSet(/^(?:over|across|within|during|in|for|by)$/);
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|quarters?|\d{4})$/;
/** Words that may sit between a time aside's opener and its unit: "over the next two years". */
const TIME_FILLER =
  /^(?:the|its|this|that|a|an|next|coming|first|second|third|following|few|several|two|three|four|five|six|ten|\d+)$/;
/**
 * "China would buy, over the next two years, $200 billion of American goods": a span of time in commas
 * right after a verb is transparent, so the verb reads on to its object ("buy … American goods"). Only a
 * bare span of time (an opener, fillers, a unit or a year): no aside naming a party or a place.
 */
function hideTimeAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 4; i++) {
    if (tokens[i + 1]?.text !== ',' || !tokens[i]?.word || !/^[a-z]+$/.test((tokens[i] as Token).text))
      continue;
    if (!TIME_ASIDE_OPENER.test(tokens[i + 2]?.lower ?? '')) continue;
    let k = i + 3;
    while (k < i + 8 && TIME_FILLER.test(tokens[k]?.lower ?? '')) k++;
    const next = tokens[k + 2];
    if (!TIME_UNIT.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.text !== ',') continue;
    // (What follows is the verb's object: a word, or an amount, "$200 billion".)
    if (!next || !(next.word || /^[$€£¥\d]/.test(next.text))) continue;
    for (let j = i + 1; j <= k + 1; j++) tokens[j] = hiddenToken(tokens[j] as Token);
    i = k + 1;
  }
}

/** A past-tense verb before the time words: "agreed", "refused", "decided", "vowed", "moved". */
const PAST_VERB = /^[a-z]+ed$/;

/**
 * "Russia agreed in May to extend the deal", "Kyiv refused last week to sign", "agreed in principle to
 * …": a short time phrase between a past-tense verb and its "to" is transparent, so the verb reads on to
 * its infinitive ("agreed … to extend"). Only a bare time phrase, right after the verb, before "to" and a
 * verb's plain form.
 */
function hideTimeBeforeInfinitive(tokens: Token[]): void {
  for (let i = 3; i < tokens.length - 1; i++) {
    // (A string test first: this runs on every word of every sentence.)
    if ((tokens[i] as Token).lower !== 'to') continue;
    const next = tokens[i + 1] as Token;
    if (!next.word || !/^[a-z]+$/.test(next.text)) continue;
    const start = timePhraseStart(tokens, i - 1);
    if (start < 1 || !PAST_VERB.test(tokens[start - 1]?.text ?? '')) continue;
    for (let k = start; k < i; k++) tokens[k] = { ...(tokens[k] as Token), transparent: true };
  }
}

/** Connectives that only link a clause to the one before: "however", "by contrast", "for its part". */
const CONNECTIVE_ONE = wordSet(
  /^(?:however|though|meanwhile|nonetheless|nevertheless|moreover|instead|conversely|likewise|too)$/,
);
const CONNECTIVE_TWO = wordSet(
  /^(?:by contrast|in contrast|in turn|on the other hand|for (?:its|their|his|her|our) part)$/,
);
/** The finite verb that goes on with the interrupted clause: "… are not up for …", "… will not …". */
const CLAUSE_VERB = wordSet(
  /^(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|cannot|may|might|must|does|do|did|remains?|remained|stays?|stayed|(?:is|are|was|were|has|have|had|wo|would|should|ca|could|must|does|do|did)n['’]t)$/,
);
/** The length of a connective starting at `k` ("however" 1, "by contrast" 2, "on the other hand" 4), or 0. */
function connectiveAt(tokens: readonly Token[], k: number): number {
  if (CONNECTIVE_ONE.test(tokens[k]?.lower ?? '')) return 1;
  for (let n = 2; n <= 4; n++) {
    const words = tokens.slice(k, k + n);
    if (words.length === n && CONNECTIVE_TWO.test(words.map((t) => t.lower).join(' '))) return n;
  }
  return 0;
}
/**
 * "Changes to troop levels, by contrast, are not up for discussion", "the reply, however, is …": a
 * connective in commas between a subject and its verb only ties the clause to the one before, so it is
 * transparent and the subject reads on to its verb. Only after a word (the subject's last) and right
 * before a finite verb or auxiliary: "On enlargement, though, Ryabkov …" keeps its comma.
 */
function hideConnectiveAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 4; i++) {
    if (tokens[i + 1]?.text !== ',' || !(tokens[i] as Token).word) continue;
    const n = connectiveAt(tokens, i + 2);
    const close = i + 2 + n;
    if (n === 0 || tokens[close]?.text !== ',' || !CLAUSE_VERB.test(tokens[close + 1]?.lower ?? '')) continue;
    for (let k = i + 1; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = close;
  }
}

/** Verbs of weighing a matter, whose object is the matter weighed: "consider", "explore", "work out". */
const WEIGHING_VERB = wordSet(
  /^(?:consider|considers|considered|considering|discuss|discusses|discussed|discussing|explore|explores|explored|exploring|examine|examines|examined|examining|study|studies|studied|studying|weigh|weighs|weighed|weighing|negotiate|negotiates|negotiated|negotiating|review|reviews|reviewed|reviewing)$/,
);
/** The particle of a two-word verb of weighing: "work out", "look at", "talk about". */
const WEIGHING_PARTICLE: Record<string, RegExp> = {
  out: /^(?:work|works|worked|working|hammer|hammers|hammered|hammering)$/,
  at: /^(?:look|looks|looked|looking)$/,
  into: /^(?:look|looks|looked|looking)$/,
  about: /^(?:talk|talks|talked|talking|think|thinks|thought|thinking)$/,
};
const OBJECT_ASIDE_OPENER = wordSet(
  /^(?:in|at|during|after|before|with|under|within|through|as|alongside|together)$/,
);
/** Words after the aside that open a new clause rather than the verb's object. */
const NO_OBJECT = wordSet(/^(?:he|she|they|we|i|it|and|but|or|which|who|that|said|says|is|are|was|were)$/);
/**
 * "willing to consider, in the coming talks, whether …", "offers to work out, after consulting allies, a
 * mechanism …": a short prepositional aside in commas between a verb of weighing a matter and its object
 * is transparent, so the verb reads on to what it weighs. (Not an aside naming a source or a speaker:
 * "to discuss, he said, …" stays visible.)
 */
function hideObjectAsides(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 4; i++) {
    if (tokens[i + 1]?.text !== ',') continue;
    const verb = (tokens[i] as Token).lower;
    const particle = WEIGHING_PARTICLE[verb];
    if (!(WEIGHING_VERB.test(verb) || (particle && particle.test(tokens[i - 1]?.lower ?? '')))) continue;
    if (!OBJECT_ASIDE_OPENER.test(tokens[i + 2]?.lower ?? '')) continue;
    const close = asideClose(tokens, i + 3, i + 10);
    const next = tokens[close + 1];
    if (close < 0 || !next?.word || NO_OBJECT.test(next.lower)) continue;
    for (let k = i + 1; k <= close; k++) tokens[k] = hiddenToken(tokens[k] as Token);
    i = close;
  }
}

/** The words of a phrase as the tokenizer would cut them, lower-cased, transparent marks dropped. */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(phrase); m; m = TOKEN_RE.exec(phrase)) {
    if (!TRANSPARENT.test(m[0])) out.push(m[0]);
  }
  return dropMannerAdverbs(out);
}
