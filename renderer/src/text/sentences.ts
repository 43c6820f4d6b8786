/**
 * Sentence boundaries good enough to show a quote in context: a sentence ends at . ! ? or …
 * (with any closing quotes or brackets) followed by whitespace, or at a blank line.
 * Common abbreviations ("Mr.", "U.S.") do not end a sentence.
 */
const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)$/;

export interface Span {
  start: number;
  end: number;
}

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /([.!?…]+["'”’)\]]*)(\s+)|\n\s*\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[1] ? m.index + m[1].length : m.index;
    if (m[1] && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

export interface QuoteInContext {
  before: string;
  /** The sentence(s) holding the quote, split so the quote itself can be marked. */
  lead: string;
  quote: string;
  trail: string;
  after: string;
}

/** The sentence holding [start, end), with the sentence before and after it. */
export function quoteInContext(
  text: string,
  start: number,
  end: number,
  spans = sentenceSpans(text),
): QuoteInContext {
  let first = spans.findIndex((s) => s.end > start);
  if (first < 0) first = spans.length - 1;
  let last = first;
  while (last + 1 < spans.length && spans[last + 1]!.start < end) last++;
  const from = Math.min(spans[first]?.start ?? start, start);
  const to = Math.max(spans[last]?.end ?? end, end);
  const prev = spans[first - 1];
  const next = spans[last + 1];
  return {
    before: prev ? text.slice(prev.start, prev.end) : '',
    lead: text.slice(from, start),
    quote: text.slice(start, end),
    trail: text.slice(end, to),
    after: next ? text.slice(next.start, next.end) : '',
  };
}
