/** Reads PDFs back with poppler (pdftotext, pdftoppm), the way a test sees what an analyst would. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
// A developer without Chromium may skip the PDF tests; CI installs it, so there a missing browser fails.
if (!hasChromium && process.env.CI) {
  throw new Error(`CI: no Chromium at ${CHROMIUM}; .ci/run installs it (or set CHROMIUM_PATH)`);
}

export function writeTemp(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-export-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of a page range, whitespace collapsed so wrapped lines compare as running text. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  return pdfLayoutText(file, pages, false).replace(/\s+/g, ' ');
}

/** Text as laid out on the page (`pdftotext -layout`), so a table row reads as one line. */
export function pdfLayoutText(file: string, pages?: { first: number; last: number }, layout = true): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfPageSize(file: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

/** Renders page 1 at 90 dpi (legible in the README) to `pngPath` (without the extension pdftoppm adds). */
export function renderFirstPage(file: string, pngPath: string): string {
  const base = pngPath.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', file, base]);
  return `${base}.png`;
}

/** How far down page `page` its "Page n of m" sits (points from the top), from `pdftotext -bbox`. */
export function footerTop(file: string, page: number): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  const words = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>Page<\/word>/g)];
  if (!words.length) throw new Error(`no "Page" on page ${page}`);
  return Math.max(...words.map((w) => Number(w[1])));
}
