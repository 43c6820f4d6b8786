/**
 * The print stylesheet. The app's CSP forbids inline styles, so the print markup carries class names
 * only and this sheet is applied separately: embedded in a <style> element of the standalone document
 * (PDF), or adopted by the renderer (e.g. `new CSSStyleSheet().replaceSync(...)`) when printing in-app.
 * Every rule is scoped under `.sp-print` so adopting it never restyles the app itself.
 *
 * Designed for black-and-white paper: stances are told apart by glyph, word and a pattern swatch,
 * never by colour alone; backgrounds print because of `print-color-adjust: exact`.
 */
import type { ExportOptions } from './types';

export const PRINT_CSS = `
@page {
  margin: 11mm 10mm 13mm 10mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #000; }
}
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
.sp-print h2 { font-size: 11pt; margin: 5mm 0 2mm; border-bottom: 0.6pt solid #000; padding-bottom: 0.8mm; break-after: avoid; }
.sp-print h3 { font-size: 9pt; margin: 3mm 0 1mm; break-after: avoid; }
.sp-print p { margin: 0 0 1.5mm; }

/* The sheet: an outer table whose thead/tfoot Chromium repeats on every printed page. */
.sp-print .sp-sheet { width: 100%; border-collapse: collapse; }
.sp-print .sp-sheet > thead { display: table-header-group; }
.sp-print .sp-sheet > tfoot { display: table-footer-group; }
.sp-print .sp-sheet > thead > tr > td, .sp-print .sp-sheet > tfoot > tr > td, .sp-print .sp-sheet > tbody > tr > td { padding: 0; border: 0; vertical-align: top; }
.sp-print .sp-running-head, .sp-print .sp-running-foot { display: flex; justify-content: space-between; gap: 4mm; font-size: 7.5pt; }
.sp-print .sp-running-head { border-bottom: 0.5pt solid #000; padding-bottom: 1mm; margin-bottom: 2.5mm; }
.sp-print .sp-running-foot { border-top: 0.5pt solid #000; padding-top: 1mm; margin-top: 2.5mm; }
.sp-print .sp-running-title { font-weight: bold; }
.sp-print .sp-classification { text-align: center; font-weight: bold; letter-spacing: 0.08em; text-transform: uppercase; font-size: 8.5pt; border: 1pt solid #000; padding: 0.4mm 2mm; margin: 0 auto 1.5mm; width: fit-content; }
.sp-print .sp-running-foot + .sp-classification { margin: 1.5mm auto 0; }

.sp-print .sp-summary { font-size: 8pt; }
.sp-print .sp-alert { border: 1.2pt solid #000; padding: 1.5mm 2mm; margin: 2mm 0; font-weight: bold; break-inside: avoid; }
.sp-print .sp-alert ul { margin: 1mm 0 0 4mm; padding: 0; font-weight: normal; }

/* Legend: one compact band so page 1 still shows most of the matrix. */
.sp-print .sp-legend { display: flex; flex-wrap: wrap; gap: 1mm 5mm; align-items: center; border: 0.5pt solid #000; padding: 1.2mm 2mm; margin: 2mm 0 3mm; font-size: 7.5pt; break-inside: avoid; }
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
.sp-print .sp-demand-id { display: block; font-weight: normal; font-size: 6.5pt; color: #333; }
.sp-print .sp-stance { display: flex; align-items: center; gap: 1.2mm; font-weight: bold; }
.sp-print .sp-glyph { font-size: 10pt; line-height: 1; }
.sp-print .sp-cell--none .sp-stance { font-weight: normal; color: #444; }
.sp-print .sp-cell-meta { font-size: 6.8pt; color: #222; margin-top: 0.6mm; }
.sp-print .sp-mark { display: block; font-size: 7pt; margin-top: 0.6mm; }
.sp-print .sp-mark--override { font-weight: bold; border: 0.6pt solid #000; padding: 0 0.8mm; width: fit-content; }
.sp-print .sp-mark--warn { font-weight: bold; }
.sp-print .sp-cell--override { border-width: 1.6pt; }
.sp-print .sp-derived { text-decoration: line-through; font-weight: normal; }

/* Footnotes: after the matrix, grouped by cell; one footnote never splits. */
.sp-print .sp-fn-group { break-inside: auto; margin-bottom: 2mm; }
.sp-print .sp-fn-group > h3 { display: flex; gap: 1.5mm; align-items: center; }
.sp-print .sp-fn { display: flex; gap: 1.5mm; margin: 0 0 1.2mm; break-inside: avoid; }
.sp-print .sp-fn-num { flex: none; min-width: 7mm; font-weight: bold; text-align: right; }
.sp-print .sp-fn-body { flex: 1; }
.sp-print .sp-quote { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; }
.sp-print .sp-source { font-size: 7.5pt; color: #222; }
.sp-print .sp-fn--unverified .sp-quote { text-decoration: underline wavy #000; }
.sp-print .sp-fn--rejected .sp-quote { text-decoration: line-through; }
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

/** The whole stylesheet for one print: PRINT_CSS plus the page size. */
export function printCss(options: Pick<ExportOptions, 'paper' | 'orientation'>): string {
  return PRINT_CSS + pageSizeCss(options.paper, options.orientation);
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
