/**
 * Sentence segmentation with exact offsets. The derivation depends only on the `Segmenter`
 * interface; `createSegmenter` is the real one (news-English rules, see fast-sentences.ts), and
 * `createWinkSegmenter` splits with wink-nlp (it handles "Jan. 14", "U.S.", "p.m.",
 * which Intl.Segmenter splits wrongly). wink is pure JavaScript, so shared/ stays free of Node.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { datelineLength } from './dateline';
import { splitSentences } from './fast-sentences';
import { LETTER_OR_DIGIT } from './letters';
import { append } from '../util/append';

export interface Sentence {
  /** Index of the sentence in its document. */
  index: number;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the document. */
  text: string;
}

export interface Segmenter {
  split(text: string): Sentence[];
  /** Lemmas for ontology matching ("demanded" → "demand"); absent, inflection rules alone are used. */
  lemma?(lowerCaseWord: string): string;
}

/**
 * Limits that keep the work per document linear whatever it holds. A run of more than
 * MAX_TOKEN characters without a space is no prose (a base64 blob, a data URL): it is left out, and
 * reported. A paragraph is handed to the sentence splitter in pieces of at most MAX_PIECE characters
 * (cut at a sentence end or a space), because the splitter's cost grows faster than the text.
 */
export const MAX_TOKEN = 300;
export const MAX_PIECE = 5_000;
/** Longer "sentences" (a list without full stops, a table) are cut for analysis into pieces this long. */
export const MAX_SENTENCE = 1_500;

/** Space, tab, line breaks and the Unicode spaces news copy uses (no-break, thin, ideographic). */
const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x3000;

/**
 * Runs of non-space characters too long to be prose, in document offsets. A run longer than
 * MAX_TOKEN covers one of every MAX_TOKEN + 1 positions, so only those are looked at, and the run
 * around a non-space one measured: a few characters per probe instead of a pass over the text.
 */
export function overlongRuns(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const n = text.length;
  for (let probe = MAX_TOKEN; probe < n; probe += MAX_TOKEN + 1) {
    if (isSpaceCode(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    if (end - start > MAX_TOKEN) {
      out.push({ start, end });
      // Probing goes on past the run, still one position in every MAX_TOKEN + 1.
      probe = end;
    }
  }
  return out;
}

/** Cut [start, end) into pieces of at most `max` characters, at a sentence end or else a space. */
function pieces(
  text: string,
  start: number,
  end: number,
  max: number,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max);
    let cut = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
      window.lastIndexOf('; '),
    );
    cut = cut > max / 4 ? cut + 1 : window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    out.push({ start: from, end: from + cut });
    from += cut;
    while (from < end && /\s/.test(text[from] as string)) from++;
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

/** Paragraphs (one or more line breaks) are hard boundaries: a headline never joins the first sentence. */
function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const skipped = overlongRuns(text);
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Over-long runs are left out: the paragraph continues on either side of them.
    let from = m.index;
    const lineEnd = m.index + m[0].length;
    const parts: Array<{ start: number; end: number }> = [];
    for (const run of skipped) {
      if (run.end <= from || run.start >= lineEnd) continue;
      parts.push({ start: from, end: run.start });
      from = run.end;
    }
    parts.push({ start: from, end: lineEnd });
    for (const part of parts) {
      const raw = text.slice(part.start, part.end);
      let lead = raw.length - raw.trimStart().length;
      // A wire dateline opening the paragraph is where the story was filed, not its first sentence.
      if (part.start === m.index) lead += datelineLength(raw.slice(lead));
      const body = raw.slice(lead).trim();
      if (body) append(out, pieces(text, part.start + lead, part.start + lead + body.length, MAX_PIECE));
    }
  }
  return out;
}

type SentenceSplitter = (paragraph: string) => string[][];

/**
 * Map the splitter's token lists back onto the paragraph: tokens are substrings of the text in
 * order, so a forward search from a cursor recovers each token's offset exactly.
 */
function locate(
  text: string,
  para: { start: number; end: number },
  tokenLists: string[][],
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Search within the paragraph only, so a token the splitter normalised costs one paragraph scan.
  const body = text.slice(para.start, para.end);
  let cursor = 0;
  for (const tokens of tokenLists) {
    let first = -1;
    let last = -1;
    for (const token of tokens) {
      const value = token.trim();
      if (!value) continue;
      const at = body.indexOf(value, cursor);
      if (at < 0) continue; // a token the splitter normalised: skip it
      if (first < 0) first = para.start + at;
      last = para.start + at + value.length;
      cursor = at + value.length;
    }
    if (first >= 0) spans.push([first, last]);
  }
  // Whatever the splitter dropped between spans stays with the previous sentence.
  const merged: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; i++) {
    const [s] = spans[i] as [number, number];
    const e = i + 1 < spans.length ? (spans[i + 1] as [number, number])[0] : para.end;
    const start = i === 0 ? para.start : s;
    const raw = text.slice(start, e);
    merged.push([start, start + raw.trimEnd().length]);
  }
  // Splitters end a sentence at an enumeration marker ("three key demands: 1."); such a marker
  // belongs to the item that follows, so join the pieces back into one sentence. A stray closing
  // quote or ". . ." (an elision mark) belongs to the sentence before it.
  const joined: Array<[number, number]> = [];
  for (const span of merged.filter(([s, e]) => e > s)) {
    const prev = joined[joined.length - 1];
    const punctuationOnly = !LETTER_OR_DIGIT.test(text.slice(span[0], span[1]));
    if (prev && (ENDS_WITH_MARKER.test(text.slice(prev[0], prev[1])) || punctuationOnly)) prev[1] = span[1];
    else joined.push([span[0], span[1]]);
  }
  return joined;
}

const ENDS_WITH_MARKER = /(?:^|[\s:;(])\(?\d{1,2}[.)]$/;

export function segmentWith(splitter: SentenceSplitter, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const para of paragraphs(text)) {
    const lists = splitter(text.slice(para.start, para.end));
    for (const [start, end] of locate(text, para, lists)) {
      for (const piece of pieces(text, start, end, MAX_SENTENCE))
        sentences.push({
          index: sentences.length,
          start: piece.start,
          end: piece.end,
          text: text.slice(piece.start, piece.end),
        });
    }
  }
  return sentences;
}

let winkSplitter: SentenceSplitter | null = null;
let winkLemma: ((word: string) => string) | null = null;
let posNlp: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp with its part-of-speech tagger, loaded once per process. */
function taggingNlp(): ReturnType<typeof winkNLP> {
  posNlp ??= winkNLP(model, ['pos']);
  return posNlp;
}

/** wink-nlp's part-of-speech tags for a short text (an ontology's phrase), word by word. */
export function winkTagger(): (text: string) => Array<{ text: string; pos: string; lemma: string }> {
  const nlp = taggingNlp();
  const its = nlp.its;
  return (text) => {
    // Memoised: every compile of an ontology tags the same phrases again (infer-frame.ts).
    const hit = taggedMemo.get(text);
    if (hit) return hit.map((w) => ({ ...w }));
    const tokens = nlp.readDoc(text).tokens();
    const words = tokens.out(its.value) as string[];
    const tags = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as never) as unknown as string[];
    const tagged = words.map((w, i) => ({ text: w, pos: tags[i] ?? 'X', lemma: lemmas[i] ?? w }));
    if (taggedMemo.size >= TAGGED_MEMO_SIZE) taggedMemo.clear();
    taggedMemo.set(text, tagged);
    return tagged.map((w) => ({ ...w }));
  };
}
const taggedMemo = new Map<string, Array<{ text: string; pos: string; lemma: string }>>();
const TAGGED_MEMO_SIZE = 20000;

/** wink-nlp's lemmatizer, one word at a time (with its part-of-speech guess), memoised. */
export function winkLemmatizer(): { lemma(word: string): string } {
  if (!winkLemma) {
    const nlp = taggingNlp();
    const its = nlp.its;
    const memo = new Map<string, string>();
    winkLemma = (word: string) => {
      let hit = memo.get(word);
      if (hit === undefined) {
        const lemmas = nlp
          .readDoc(word)
          .tokens()
          .out(its.lemma as never) as unknown as string[];
        hit = lemmas.length === 1 ? (lemmas[0] as string).toLowerCase() : word;
        if (memo.size > 200_000) memo.clear();
        memo.set(word, hit);
      }
      return hit;
    };
  }
  // (One function for the process: a compiled ontology is reused for a segmenter with the same one.)
  winkLemmaFn ??= { lemma: winkLemma };
  return winkLemmaFn;
}
let winkLemmaFn: { lemma(word: string): string } | null = null;

/** The wink-nlp segmenter; the model is loaded once per process, on first use (~0.1 s). */
export function createWinkSegmenter(): Segmenter {
  if (!winkSplitter) {
    const nlp = winkNLP(model, ['sbd']);
    const its = nlp.its;
    winkSplitter = (paragraph: string) => {
      const lists: string[][] = [];
      nlp
        .readDoc(paragraph)
        .sentences()
        .each((s: ItemSentence) => {
          lists.push(s.tokens().out(its.value) as string[]);
        });
      return lists;
    };
  }
  const splitter = winkSplitter;
  const { lemma } = winkLemmatizer();
  return { split: (text) => segmentWith(splitter, text), lemma };
}

/**
 * The segmenter Standpoint uses: news-English sentence rules (fast-sentences.ts) and wink-nlp's
 * lemmas for matching the ontology.
 */
export function createSegmenter(): Segmenter {
  const { lemma } = winkLemmatizer();
  return { split: (text) => segmentWith((p) => splitSentences(p).map((s) => [s]), text), lemma };
}

/** A crude splitter for tests that must not depend on the model: ends at . ! ? followed by space. */
export function createSimpleSegmenter(): Segmenter {
  return {
    split: (text) =>
      segmentWith((p) => p.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/).map((s) => s.split(/\s+/)), text),
  };
}
