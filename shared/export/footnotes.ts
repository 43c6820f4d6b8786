/**
 * One footnote per quoted passage: a sentence that backs several cells (Russia's three demands in
 * one line) is printed once and referenced from each cell, numbered in reading order.
 */
import type { QuoteCheck } from './verify-quotes';
import type { PreparedCell, PreparedCitation } from './prepare';

export interface Footnote {
  number: number;
  quote: string;
  start: number;
  end: number;
  document: PreparedCitation['document'];
  /** Failed if any cell's copy of the quote failed: never shown as checked when one is not. */
  check: QuoteCheck;
  /** Each cell citing this passage, with its own stance, reading, rejection and notes. */
  uses: PreparedCitation[];
}

/** Where a quote lies: the same passage of the same document is one footnote. */
const passageKey = (c: Pick<PreparedCitation, 'document' | 'start' | 'end'>) =>
  `${c.document.id}:${c.start}-${c.end}`;

/**
 * Gathers every cell's citations (rows in order, cells left to right) into one footnote per
 * passage, and numbers the footnotes source by source (sources in the order the matrix first cites
 * them, passages in the order of the text), so "Sources quoted" reads as a list of sources and each
 * source's title is printed once.
 */
export function numberFootnotes(rows: PreparedCell[][]): {
  citations: PreparedCitation[];
  footnotes: Footnote[];
} {
  const byPassage = new Map<string, Footnote>();
  const byDocument = new Map<string, Footnote[]>();
  const citations: PreparedCitation[] = [];
  for (const row of rows) {
    for (const cell of row) {
      for (const c of cell.citations) {
        const key = passageKey(c);
        let note = byPassage.get(key);
        if (!note) {
          note = {
            number: 0,
            quote: c.quote,
            start: c.start,
            end: c.end,
            document: c.document,
            check: c.check,
            uses: [],
          };
          byPassage.set(key, note);
          const list = byDocument.get(c.document.id);
          if (list) list.push(note);
          else byDocument.set(c.document.id, [note]);
        } else if (note.check.ok && !c.check.ok) {
          note.check = c.check;
        }
        note.uses.push(c);
        citations.push(c);
      }
    }
  }
  const footnotes = [...byDocument.values()].flatMap((list) =>
    list.sort((a, b) => a.start - b.start || a.end - b.end),
  );
  footnotes.forEach((f, i) => {
    f.number = i + 1;
    for (const use of f.uses) use.number = f.number;
  });
  return { citations, footnotes };
}

/** "1–3, 7": a cell's footnote numbers, ascending, runs shortened. */
export function numberList(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(
      j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`,
    );
    i = j + 1;
  }
  return parts.join(', ');
}
