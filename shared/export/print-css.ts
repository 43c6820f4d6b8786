/**
 * The print stylesheet. The app's CSP forbids inline styles, so the print markup carries class names
 * only and this sheet is applied separately: embedded in a <style> element of the standalone document
 * (PDF), or adopted by the renderer (e.g. `new CSSStyleSheet().replaceSync(...)`) when printing in-app.
 * Every rule is scoped under `.sp-print` so adopting it never restyles the app itself.
 *
 * Designed for black-and-white paper: stances are told apart by glyph, word and a pattern swatch,
 * never by colour alone; backgrounds print because of `print-color-adjust: exact`.
 */
import { STANCES } from '../model/stance';
import { STANCE_FILLS } from './print-parts';
import type { ExportOptions } from './types';

export const PRINT_CSS = `
.sp-print {
  font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 8.5pt;
  line-height: 1.3;
  color: #000;
  background: #fff;
  margin: 0;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.sp-print * { box-sizing: border-box; }
body.sp-body { margin: 0; }
.sp-print h1 { font-size: 15pt; margin: 0 0 1mm; }
.sp-print h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-bottom: 0.6pt solid #000; padding-bottom: 0.8mm; break-after: avoid; }
.sp-print h3 { font-size: 9pt; margin: 2.2mm 0 0.8mm; break-after: avoid; }
.sp-print p { margin: 0 0 1.5mm; }
.sp-print .sp-h-note { font-weight: normal; font-size: 8pt; }

.sp-print .sp-summary { font-size: 8pt; }
.sp-print .sp-omitted { font-size: 7.5pt; color: #222; }

/* Key judgements: the analyst's bottom line, boxed, before anything else. */
.sp-print .sp-key-judgements { border: 1.2pt solid #000; padding: 1.5mm 3mm 2mm; margin: 2.5mm 0 3mm; break-inside: avoid; }
.sp-print .sp-key-judgements h2 { border: 0; margin: 0 0 1mm; padding: 0; font-size: 10pt; }
.sp-print .sp-key-judgements ul { margin: 0; padding-left: 4.5mm; }
.sp-print .sp-key-judgements li { margin: 0 0 1mm; font-size: 9pt; }
.sp-print .sp-changes ul { margin: 0 0 2mm; padding-left: 4.5mm; }
.sp-print .sp-changes li { margin: 0 0 0.8mm; }
.sp-print .sp-alert { border: 1.2pt solid #000; padding: 1.5mm 2mm; margin: 2mm 0; font-weight: bold; break-inside: avoid; }
.sp-print .sp-alert ul { margin: 1mm 0 0 4mm; padding: 0; font-weight: normal; }

/* Legend: one compact band so page 1 still shows most of the matrix. */
.sp-print .sp-legend { display: flex; flex-wrap: wrap; gap: 1mm 3.5mm; align-items: center; border: 0.5pt solid #000; padding: 1.2mm 2mm; margin: 2mm 0 3mm; font-size: 7pt; break-inside: avoid; }
.sp-print .sp-legend-title { font-weight: bold; }
.sp-print .sp-legend-item { display: inline-flex; align-items: center; gap: 1mm; white-space: nowrap; }

/* Stance swatches: a fill pattern per stance, drawn as a font glyph (■ ▨ ◧ ░ □). CSS gradient
   patterns looked the same but made Chromium take ~15 s to print 200 rows; glyphs are vectors. */
.sp-print .sp-swatch { display: inline-block; font-size: 10.5pt; line-height: 1; font-weight: normal; flex: none; }
.sp-print .sp-swatch--none { color: #555; }

/* The matrix. Header rows repeat on every page; a row is never split. */
.sp-print .sp-matrix { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; }
.sp-print .sp-matrix > thead { display: table-header-group; }
.sp-print .sp-matrix th, .sp-print .sp-matrix td { border: 0.6pt solid #000; padding: 1mm 1.3mm; vertical-align: top; text-align: left; }
.sp-print .sp-matrix thead th { background: #e6e6e6; font-size: 8pt; }
.sp-print .sp-matrix th.sp-party-col { width: 17%; }
.sp-print .sp-matrix tbody th { font-weight: bold; background: #f3f3f3; }
.sp-print .sp-matrix tr, .sp-print .sp-matrix td, .sp-print .sp-matrix th { break-inside: avoid; page-break-inside: avoid; }
.sp-print .sp-stance { display: flex; align-items: center; gap: 1.2mm; font-weight: bold; }
.sp-print .sp-glyph { font-size: 10pt; line-height: 1; }
.sp-print .sp-cell--none .sp-stance { font-weight: normal; color: #444; }
.sp-print .sp-cell-meta { display: block; font-size: 6.8pt; color: #222; margin-top: 0.6mm; }
.sp-print .sp-weight { display: block; font-size: 7pt; color: #111; }
.sp-print .sp-weight--single { font-weight: bold; }
.sp-print .sp-mark { display: block; font-size: 7pt; margin-top: 0.6mm; }
.sp-print .sp-mark--override { font-weight: bold; border: 0.6pt solid #000; padding: 0 0.8mm; width: fit-content; }
.sp-print .sp-mark--warn { font-weight: bold; }
.sp-print .sp-cell--override { border-width: 1.6pt; }
.sp-print .sp-derived { text-decoration: line-through; font-weight: normal; }

/* Sources quoted: each passage once, with the cells it backs; one footnote never splits. */
.sp-print .sp-fn-group { break-inside: auto; margin-bottom: 2mm; }
.sp-print .sp-fn-group > h3 { display: flex; gap: 1.5mm; align-items: center; }
.sp-print .sp-fn { display: flex; gap: 1.5mm; margin: 0 0 0.9mm; break-inside: avoid; line-height: 1.22; }
.sp-print .sp-fn-num { flex: none; min-width: 7mm; font-weight: bold; text-align: right; }
.sp-print .sp-fn-body { flex: 1; }
.sp-print .sp-quote { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; }
.sp-print .sp-source-head { font-size: 8pt; font-weight: normal; margin: 2mm 0 0.8mm; border-bottom: 0.4pt solid #888; }
.sp-print .sp-fn--unverified .sp-quote { text-decoration: underline wavy #000; }
.sp-print .sp-fn--rejected .sp-quote { text-decoration: line-through; }
.sp-print .sp-uses { margin: 0.1mm 0 0; font-size: 7pt; }
.sp-print .sp-use--rejected { text-decoration: line-through; }
.sp-print .sp-use .sp-flag { text-decoration: none; }
.sp-print .sp-key { font-weight: bold; font-size: 7pt; }
.sp-print .sp-flag { font-weight: bold; font-size: 7.5pt; }
.sp-print .sp-analyst { border-left: 2pt solid #000; padding: 0.6mm 0 0.6mm 2mm; margin: 1mm 0 1.5mm; break-inside: avoid; }
.sp-print .sp-analyst-label { font-weight: bold; text-transform: uppercase; font-size: 7pt; letter-spacing: 0.05em; }
.sp-print .sp-fn .sp-analyst { margin: 0.8mm 0 0; }
.sp-print .sp-muted { color: #333; font-size: 7.5pt; }
`;

const PAPER_SIZE: Record<ExportOptions['paper'], string> = { a4: 'A4', letter: 'letter' };

/** The page size rule: separate because it depends on the options while PRINT_CSS does not. */
export function pageSizeCss(
  paper: ExportOptions['paper'],
  orientation: ExportOptions['orientation'],
): string {
  return `@page { size: ${PAPER_SIZE[paper]} ${orientation}; }\n`;
}

/** What every page carries in its margins: title, corpus, print date, classification. */
export interface RunningText {
  title: string;
  corpus: string;
  printed: string;
  classification: string;
}

/** A CSS string literal: every character outside plain ASCII letters, digits and spaces escaped. */
export function cssString(value: string): string {
  const escaped = [...value.replace(/\s+/g, ' ')]
    .map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

const MARGIN_FONT = 'font: 7.5pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #000;';

/**
 * The running head and foot in the page margin boxes: at the top and the bottom of every page, the
 * last one too, whatever the content; the page number sits at the right of the foot line.
 * Relied on: Chromium draws @page margin boxes since version 131 (Debian's Chromium here; Electron
 * 45 ships Chromium 140), and the @page margins below win over the margins the print call passes
 * (Playwright's page.pdf passes 0, Electron's printToPDF 1 cm): checked in the PDF tests.
 */
export function runningCss(r: RunningText): string {
  const cls = r.classification.toUpperCase();
  const box = (where: string, content: string, extra = '') =>
    `  @${where} { content: ${content}; ${MARGIN_FONT} ${extra} }\n`;
  // Fixed thirds, so a long title or corpus line wraps in its own third and never squeezes the
  // classification in the middle.
  const side = cls ? 'width: 36%;' : 'width: 50%;';
  const top = `vertical-align: bottom; padding-bottom: 2mm; ${side}`;
  const bottom = `vertical-align: top; padding-top: 2mm; ${side}`;
  const classification =
    'font-weight: bold; font-size: 8.5pt; letter-spacing: 0.08em; width: 28%; text-align: center;';
  return (
    `@page {\n  margin: 15mm 10mm 15mm 10mm;\n` +
    box('top-left', cssString(r.title), `font-weight: bold; ${top}`) +
    (cls
      ? box('top-center', cssString(cls), `vertical-align: bottom; padding-bottom: 2mm; ${classification}`)
      : '') +
    box('top-right', cssString(r.printed), `text-align: right; ${top}`) +
    box('bottom-left', cssString(`Corpus: ${r.corpus}`), bottom) +
    (cls
      ? box('bottom-center', cssString(cls), `vertical-align: top; padding-top: 2mm; ${classification}`)
      : '') +
    box('bottom-right', '"Page " counter(page) " of " counter(pages)', `text-align: right; ${bottom}`) +
    `}\n`
  );
}

/** The stance fills of the print palette (STANCE_FILLS), one rule per stance. */
const FILLS = STANCES.map((s) => `.sp-print .sp-cell--${s} { background: ${STANCE_FILLS[s]}; }`).join('\n');

/** The whole stylesheet for one print: PRINT_CSS, the fills, the page size and the running text. */
export function printCss(
  options: Pick<ExportOptions, 'paper' | 'orientation'>,
  running?: RunningText,
): string {
  return `${PRINT_CSS}${FILLS}\n${pageSizeCss(options.paper, options.orientation)}${running ? runningCss(running) : ''}`;
}

/**
 * For printing inside the app window (Ctrl/Cmd+P): put the print body in an element with class
 * `sp-print-host` at the top of <body> and adopt this sheet with printCss(options). On screen the
 * host is hidden; on paper everything else is. Adopted sheets pass `style-src 'self'`, <style> does not.
 */
export const IN_APP_PRINT_CSS = `
.sp-print-host { display: none; }
@media print {
  body > :not(.sp-print-host) { display: none !important; }
  body > .sp-print-host { display: block; }
}
`;
