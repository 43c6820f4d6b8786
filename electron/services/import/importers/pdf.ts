/**
 * PDF text with pdf.js (pdfjs-dist 5, legacy build for Node). pdf.js gives text items in content-
 * stream order with their positions, so lines are rebuilt by position: items on one baseline
 * (within half a line height) form a line, read left to right; a gap wider than the usual line
 * spacing starts a new paragraph. Pages are bounded; pages without text (scans) are named.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// The "fake worker" runs pdf.js's parser on this thread (already a worker of ours); importing it
// here lets bundlers include it instead of pdf.js loading it from a path at run time.
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { ImportError, isoDate, tidyText, type Extracted, type FoundMetadata } from './types';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

/** An article is a few pages; a book-length PDF is read up to here, and the warning says so. */
export const MAX_PDF_PAGES = 500;

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function pageText(items: Item[]): string {
  const lines: Array<{ y: number; height: number; items: Item[] }> = [];
  // Top of the page first; within a band of half a line height, one line.
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.height, item.height, 1) * 0.5);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const parts = line.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of parts) {
      // A gap wider than a fifth of the text height is a space the PDF did not write out.
      const gap = p.x - end;
      if (text && gap > Math.max(p.height, 1) * 0.2 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = p.x + p.width;
    }
    const previous = lines[i - 1];
    if (previous && usual > 0 && previous.y - line.y > usual * 1.4) out.push('');
    out.push(text);
  });
  // A line ending in a hyphenated word continues on the next one; other line ends are spaces.
  return out
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/\n/g, ' '))
    .join('\n\n');
}

export async function importPdf(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  let document: pdfjs.PDFDocumentProxy;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const reason =
      (error as Error).name === 'PasswordException' ? 'it is password-protected' : (error as Error).message;
    throw new ImportError(`${fileName} could not be read as a PDF: ${reason}.`);
  }
  try {
    const warnings: string[] = [];
    const pages: string[] = [];
    const empty: number[] = [];
    const count = Math.min(document.numPages, MAX_PDF_PAGES);
    if (document.numPages > MAX_PDF_PAGES)
      warnings.push(`Only the first ${MAX_PDF_PAGES} of ${document.numPages} pages were read.`);
    for (let n = 1; n <= count; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || !raw.str) continue;
        items.push({
          str: raw.str,
          x: raw.transform[4],
          y: raw.transform[5],
          width: raw.width,
          height: raw.height || Math.abs(raw.transform[3]),
        });
      }
      const text = pageText(items).trim();
      if (text) pages.push(text);
      else empty.push(n);
      page.cleanup();
    }
    if (empty.length > 0)
      warnings.push(
        `${empty.length === count ? 'No page' : `Page(s) ${empty.slice(0, 10).join(', ')}`} had text that could be read (a scan needs OCR first).`,
      );
    const text = tidyText(pages.join('\n\n'));
    if (!text)
      throw new ImportError(
        `${fileName} has no text that could be read: it is probably a scan (images of pages).`,
      );
    const meta: FoundMetadata = {};
    const sources: Extracted['sources'] = {};
    const info = ((await document.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const str = (k: string) =>
      typeof info[k] === 'string' && (info[k] as string).trim() ? (info[k] as string).trim() : undefined;
    const title = str('Title');
    // Producers often leave the file name or "Untitled" as the title: not a title.
    if (title && !/^(untitled|microsoft word - .*|.*\.(docx?|pdf))$/i.test(title)) {
      meta.title = title.slice(0, 300);
      sources.title = 'the PDF’s metadata';
    }
    if (str('Author')) {
      meta.author = str('Author')!.slice(0, 300);
      sources.author = 'the PDF’s metadata';
    }
    const created = isoDate(str('CreationDate'));
    if (created) {
      meta.published = created;
      sources.published = 'the PDF’s creation date';
    }
    const lang = str('Lang')?.split(/[-_]/)[0]?.toLowerCase();
    if (lang) {
      meta.language = lang;
      sources.language = 'the PDF’s metadata';
    }
    return { format: 'pdf', text, meta, sources, warnings };
  } finally {
    await document.destroy();
  }
}
