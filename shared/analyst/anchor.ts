/**
 * Text anchors that survive document edits. An anchor keeps the quote and some context, so when
 * a document's text changes (new hash) the quote can be found again; when it cannot, the anchor
 * is reported orphaned but never dropped: the analyst's evidence stays visible and fixable.
 */
import { RequestError } from '../ipc/contract';
import type { AnchorResolution, TextAnchor } from '../model/analyst';

/** How much context is kept on each side of a quote to choose between repeats. */
export const ANCHOR_CONTEXT = 32;

/** The part of a document that anchoring needs. */
export interface AnchorableDocument {
  id: string;
  text: string;
  hash: string;
}

/** Builds an anchor for `document.text.slice(start, end)`; throws a RequestError naming a bad range. */
export function anchorFromRange(document: AnchorableDocument, start: number, end: number): TextAnchor {
  const length = document.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new RequestError(`Range ${start}-${end} in document "${document.id}" is not a valid selection`, [
      'range',
    ]);
  }
  if (end > length) {
    throw new RequestError(
      `Range ${start}-${end} runs past the end of document "${document.id}" (${length} characters)`,
      ['range.end'],
    );
  }
  const quote = document.text.slice(start, end);
  if (quote.trim().length === 0) {
    throw new RequestError(`Range ${start}-${end} in document "${document.id}" selects only whitespace`, [
      'range',
    ]);
  }
  return {
    document: document.id,
    documentHash: document.hash,
    start,
    end,
    quote,
    prefix: document.text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: document.text.slice(end, end + ANCHOR_CONTEXT),
  };
}

/** Length of the common ending of two strings (how well the text before a candidate matches). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  let at = text.indexOf(quote);
  while (at !== -1) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

/**
 * Where an anchor lies in the current text of its document (or `undefined` when the document is
 * gone). Same hash: anchored in place. Otherwise the quote is searched for; among repeats the one
 * whose surrounding text best matches the stored context wins, then the one nearest the old offset.
 */
export function resolveAnchor(
  anchor: TextAnchor,
  document: AnchorableDocument | undefined,
): AnchorResolution {
  const orphaned: AnchorResolution = { status: 'orphaned', start: anchor.start, end: anchor.end };
  if (!document || anchor.quote.length === 0) return orphaned;
  const { text } = document;
  if (document.hash === anchor.documentHash && text.slice(anchor.start, anchor.end) === anchor.quote) {
    return { status: 'anchored', start: anchor.start, end: anchor.end };
  }
  const candidates = occurrences(text, anchor.quote);
  if (candidates.length === 0) return orphaned;
  let best = candidates[0]!;
  let bestContext = -1;
  let bestDistance = Infinity;
  for (const at of candidates) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length);
    const context = commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    // Context dominates; distance from the old position only breaks ties.
    if (context > bestContext || (context === bestContext && distance < bestDistance)) {
      bestContext = context;
      bestDistance = distance;
      best = at;
    }
  }
  return { status: 'reanchored', start: best, end: best + anchor.quote.length };
}
