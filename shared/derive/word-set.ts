/**
 * A fixed list of whole words written as an anchored pattern (`/^(?:demands?|wants?)$/`), tested by
 * a set lookup instead of running the pattern: the readers ask such lists of every word of every
 * sentence they read, and a lookup costs a fraction of a pattern's run.
 *
 * The pattern is kept in the source for reading and spelled out here into every string it matches.
 * Only patterns whose strings are a finite list can be spelled out: `^` … `$` around literal
 * characters, groups (`(?:…)`, `(…)`) with alternatives, character classes of single characters
 * (`[cs]`) and the optional `?`. Anything else (`\w`, `+`, `*`, ranges, flags other than `u`, an
 * alternative outside the anchors) is refused when the module loads, so a list cannot silently
 * match other words than its pattern does. That every word spelled out matches its pattern is
 * checked by word-set.test.ts for every list of the derivation (`checkSpelledOut`), not at each
 * start: running the ~700 patterns over their ~20,000 words compiled every pattern, a tenth of a
 * second or more of each process's and worker thread's start.
 */

/** The longest list a pattern may spell out (a guard against a pattern written for something else). */
const MAX_WORDS = 20_000;
/** Characters with a meaning in a pattern: written as themselves only when escaped. */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** Escapes that stand for the character itself (not `\b`, `\d`, `\w`, `\s` and the like). */
const LITERAL_ESCAPE = /^[-.'’/()[\]?*+{}|^$\\]$/;

class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  fail(why: string): never {
    throw new Error(`wordSet: /${this.source}/ cannot be spelled out as a list of words (${why})`);
  }

  /** Alternatives separated by `|`, up to `)` or the end. */
  alternatives(): string[] {
    const out: string[] = [];
    for (;;) {
      for (const s of this.sequence()) out.push(s);
      if (this.source[this.at] !== '|') return out;
      this.at++;
    }
  }

  /** One alternative: atoms, each perhaps optional. */
  sequence(): string[] {
    let out = [''];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      let atom = this.atom();
      if (this.source[this.at] === '?') {
        this.at++;
        atom = ['', ...atom];
      }
      const next: string[] = [];
      for (const a of out) for (const b of atom) next.push(a + b);
      if (next.length > MAX_WORDS) this.fail('too many words');
      out = next;
    }
    return out;
  }

  private atom(): string[] {
    const c = this.source[this.at] as string;
    if (c === '(') {
      this.at++;
      if (this.source[this.at] === '?') {
        if (this.source[this.at + 1] !== ':') this.fail('a lookaround or named group');
        this.at += 2;
      }
      const inner = this.alternatives();
      if (this.source[this.at] !== ')') this.fail('an unclosed group');
      this.at++;
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return [this.escaped()];
    if (SPECIAL.has(c)) this.fail(`"${c}"`);
    this.at++;
    return [c];
  }

  private escaped(): string {
    const e = this.source[this.at + 1] ?? '';
    if (!LITERAL_ESCAPE.test(e)) this.fail(`the escape \\${e}`);
    this.at += 2;
    return e;
  }

  private characterClass(): string[] {
    this.at++;
    if (this.source[this.at] === '^') this.fail('a negated class');
    const out: string[] = [];
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) this.fail('an unclosed class');
      const c = this.source[this.at] as string;
      let ch: string;
      if (c === '\\') ch = this.escaped();
      else {
        ch = c;
        this.at++;
      }
      // A hyphen between two characters is a range: refused (a hyphen first or last is itself).
      if (c === '-' && out.length > 0 && this.source[this.at] !== ']') this.fail('a range');
      if (!out.includes(ch)) out.push(ch);
    }
    this.at++;
    if (out.length === 0) this.fail('an empty class');
    return out;
  }

  get done(): boolean {
    return this.at === this.source.length;
  }
}

/**
 * Every string an anchored word pattern matches (see the module comment); throws for any other pattern.
 * (`checked`: also run the pattern over each string spelled out, throwing if one does not match.)
 */
export function spellOut(pattern: RegExp, checked = true): string[] {
  if (pattern.flags !== '' && pattern.flags !== 'u')
    throw new Error(`wordSet: /${pattern.source}/${pattern.flags}: only the flag u is kept`);
  const source = pattern.source;
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$'))
    throw new Error(`wordSet: /${source}/ is not anchored at both ends`);
  const reader = new PatternReader(source.slice(1, -1));
  // One sequence at the top: an alternative there ("^a|b$") is not anchored at both ends.
  const words = reader.sequence();
  if (!reader.done) reader.fail('an alternative outside a group, or an unopened group');
  const out = [...new Set(words)];
  if (checked) checkSpelledOut(pattern, out);
  return out;
}

/** Throws unless the pattern matches every one of the words spelled out of it. */
export function checkSpelledOut(pattern: RegExp, words: Iterable<string>): void {
  for (const w of words)
    if (!pattern.test(w))
      throw new Error(
        `wordSet: /${pattern.source}/ cannot be spelled out as a list of words ("${w}" was spelled out but does not match)`,
      );
}

/** Every WordSet made so far (all are module constants): word-set.test.ts checks their words. */
const made: WordSet[] = [];
export const madeWordSets = (): readonly WordSet[] => made;

/** The code of a word's second character, 0 for a one-letter word (a bit of WordSet's screen). */
const secondCode = (w: string): number => (w.length > 1 ? w.charCodeAt(1) : 0);

/** The words of an anchored pattern, tested as the pattern's `test` would, by a set lookup. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /**
   * The shortest and longest word, and a bit per first, second and last character (its code modulo 32;
   * a one-letter word's missing second character counts as code 0).
   */
  private readonly shortest: number;
  private readonly longest: number;
  private readonly firsts: number;
  private readonly seconds: number;
  private readonly lasts: number;
  constructor(readonly pattern: RegExp) {
    const words = spellOut(pattern, false);
    this.words = new Set(words);
    made.push(this);
    let shortest = Infinity;
    let longest = 0;
    let firsts = 0;
    let seconds = 0;
    let lasts = 0;
    for (const w of words) {
      shortest = Math.min(shortest, w.length);
      longest = Math.max(longest, w.length);
      if (w.length > 0) {
        firsts |= 1 << (w.charCodeAt(0) & 31);
        seconds |= 1 << (secondCode(w) & 31);
        lasts |= 1 << (w.charCodeAt(w.length - 1) & 31);
      }
    }
    this.shortest = shortest;
    this.longest = longest;
    this.firsts = firsts;
    this.seconds = seconds;
    this.lasts = lasts;
  }
  /** The words spelled out of the pattern. */
  get spelled(): Iterable<string> {
    return this.words;
  }
  test(s: string): boolean {
    // (Most words asked about are ruled out by their length or first, second or last letter, without
    // hashing: of the words a derivation asks about, about a third pass the first letter, and half of
    // those fail the second or the last.)
    const n = s.length;
    if (n < this.shortest || n > this.longest) return false;
    if (
      n > 0 &&
      ((this.firsts & (1 << (s.charCodeAt(0) & 31))) === 0 ||
        (this.lasts & (1 << (s.charCodeAt(n - 1) & 31))) === 0 ||
        (this.seconds & (1 << (secondCode(s) & 31))) === 0)
    )
      return false;
    return this.words.has(s);
  }
}

/** `wordSet(/^(?:a|b)$/)`: see WordSet. */
export const wordSet = (pattern: RegExp): WordSet => new WordSet(pattern);
