/**
 * One cheap pass over a sentence's words before any tokenizing: may it name a demand, introduce
 * someone by office, or hold a speech verb? Sentences that do none of these are only passed over.
 */
import type { CompiledOntology } from './compile-ontology';
import { SpanMap } from './span-map';
import { SPEECH } from './speaker';
import { inflectionVariants } from './tokens';
export const WORD_CHAR =
  /[A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]/;
/** Per UTF-16 code unit: 0 not yet known, 1 not a word character, 2 a word character. */
const wordChars = new Uint8Array(0x10000);
function isWordChar(code: number): boolean {
  let c = wordChars[code] as number;
  if (c === 0) wordChars[code] = c = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return c === 2;
}

/**
 * One cheap pass over a sentence's words: may it name a demand (a word starts like a demand or
 * reference word), and may it introduce someone by office (an office word)?
 */
export interface Screening {
  demand: boolean;
  office: boolean;
  speech: boolean;
  /** A link to another article ("READ MORE: …", "Related: …"): its headline is no part of this one. */
  link: boolean;
  /**
   * The word kinds below (PAPER_WORD …) met anywhere in the sentence, or all of them for a link: a
   * whole-sentence pattern needing such a word is tested only where one is.
   */
  words: number;
}

/**
 * The labels news sites put before a link to another of their articles, pasted along with the text.
 * Only at the sentence's start and followed by a colon or a bar.
 */
const LINK_LABEL =
  /^\W{0,3}(?:read more|read also|also read|related|related story|related stories|related articles?|see also|more on this|watch|listen|recommended|recommended reading|editor's picks?)\s*[:|]/i;

/** "what Moscow has put forward", "what Russia demands": a pointer to what a party asked (references.ts). */
const FREE_RELATIVE =
  /\bwhat\s+(?:\S+\s+){1,4}?(?:demand|want|seek|sought|propos|request|ask|call|push|press|put|set|insist)/i;

export function screen(sentence: string, compiled: CompiledOntology): Screening {
  if (LINK_LABEL.test(sentence))
    return { demand: false, office: false, speech: false, link: true, words: ALL_WORDS };
  let demand = false;
  let office = false;
  let speech = false;
  let words = 0;
  let memo = wordKinds.get(compiled);
  if (!memo) wordKinds.set(compiled, (memo = new SpanMap(200_000)));
  // Runs of word characters, found with a table lookup per character (no regex, no match objects).
  const n = sentence.length;
  // (Demand, office and speech are read up to the word where both a demand and an office word have
  // been met; the word kinds to the end.)
  for (let i = 0; i < n;) {
    while (i < n && !isWordChar(sentence.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(sentence.charCodeAt(i))) i++;
    if (i - start < 3) continue;
    const kind = wordKind(sentence, start, i, compiled, memo);
    words |= kind;
    if (demand && office) continue;
    if (kind & TRIGGER) demand = true;
    if (kind & OFFICE) office = true;
    if (kind & SPEAKS) speech = true;
  }
  if (!demand)
    demand = /\b(?:first|second|third|fourth|fifth)\b/i.test(sentence) || FREE_RELATIVE.test(sentence);
  return { demand, office, speech, link: false, words: words & ALL_WORDS };
}

const TRIGGER = 1;
const OFFICE = 2;
const SPEAKS = 4;

// Word kinds for the quick screens of whole-sentence patterns (derive-document.ts): a word holding,
// in any case, a part every match of the pattern has inside one word. A match's letters are ASCII
// word characters between two word boundaries, so they lie inside one run of word characters here.
/** OWNED_PAPER_WORDS (a reply, answer, response, document, paper or letter). */
export const PAPER_WORD = 8;
/** SENT_REPLY_WORDS (sent, delivered, handed, submitted, passed, transmitted, hand over). */
export const SENDING_WORD = 16;
/** SOURCED_REPLY_WORDS ("according to papers …"). */
export const ACCORDING_WORD = 32;
/** ECHO_WORDS but for its "as … has said" part (repeated, echoed, mirrored, the same line, shares, that view). */
export const ECHO_WORD = 64;
/** ECHO_WORDS' "as … has said": has, have, had … */
export const PERFECT_WORD = 128;
/** … and said, stated, made (clear), insisted, stressed, argued, maintained. */
export const SAID_WORD = 256;
/** JOINT_STATEMENT. */
export const JOINT_WORD = 512;
const ALL_WORDS = 1023 & ~(TRIGGER | OFFICE | SPEAKS);
const WORD_PARTS: readonly (readonly [number, readonly string[]])[] = [
  [PAPER_WORD, ['repl', 'answer', 'respons', 'document', 'paper', 'letter']],
  [SENDING_WORD, ['sent', 'deliver', 'hand', 'submit', 'pass', 'transmit']],
  [ACCORDING_WORD, ['according']],
  [ECHO_WORD, ['repeat', 'echo', 'mirror', 'reiterat', 'same', 'share', 'view', 'position', 'stance']],
  [PERFECT_WORD, ['has', 'have', 'had']],
  [SAID_WORD, ['said', 'stated', 'made', 'insisted', 'stressed', 'argued', 'maintained']],
  [JOINT_WORD, ['joint']],
];

function wordParts(lower: string): number {
  let kind = 0;
  for (const [bit, parts] of WORD_PARTS) if (parts.some((p) => lower.includes(p))) kind |= bit;
  return kind;
}
const wordKinds = new WeakMap<CompiledOntology, SpanMap<number>>();

/**
 * Whether the word text[start, end) (any case, any inflection) belongs to a demand or reference
 * phrase, or to an office; memoised by spelling.
 */
function wordKind(
  text: string,
  start: number,
  end: number,
  compiled: CompiledOntology,
  memo: SpanMap<number>,
): number {
  let kind = memo.getSpan(text, start, end);
  if (kind === undefined) {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    kind = wordParts(lower);
    if (compiled.triggers.has(lower) || inflectionVariants(lower).some((v) => compiled.triggers.has(v)))
      kind |= TRIGGER;
    if (compiled.roleWords.has(lower)) kind |= OFFICE;
    if (
      SPEECH.has(lower) ||
      lower === 'according' ||
      lower === 'clear' ||
      lower === 'plain' ||
      lower === 'doubt'
    )
      kind |= SPEAKS;
    memo.set(word, kind);
  }
  return kind;
}
