/**
 * The print layout: a standalone HTML document made for paper, the single source of the printout,
 * the PDF (Chromium or Electron print-to-PDF) and the in-app print. See print-css.ts for the styles.
 *
 * Repetition on every page relies on what Chromium honours when printing: an outer table whose
 * thead/tfoot carry the running head (title, corpus, print date, classification) and foot, and the
 * matrix's own thead repeated as a table-header-group. Page numbers come from an @page margin box.
 */
import type { SourceDocument } from '../model/corpus';
import type { EffectiveMatrix } from '../model/effective';
import { STANCE_LABELS } from '../model/stance';
import { prepareExport, type PreparedCell, type PreparedExport } from './prepare';
import { printCss } from './print-css';
import {
  footnote,
  legend,
  noteBlock,
  NOTE_MARK,
  OVERRIDE_MARK,
  overrideBlock,
  stanceMark,
  UNVERIFIED_MARK,
} from './print-parts';
import { escapeHtml as h, formatPrintedAt, numberRange } from './text';
import type { ExportContext, ExportOptions } from './types';
import type { VerifyOptions } from './verify-quotes';

/** Demand columns per table before the matrix is split into several tables (party column repeated). */
const COLUMNS_PER_TABLE = { landscape: 6, portrait: 4 } as const;

function matrixCell(pc: PreparedCell): string {
  const { cell } = pc;
  const classes = [`sp-cell`, `sp-cell--${cell.stance}`];
  const marks: string[] = [];
  if (pc.override) {
    classes.push('sp-cell--override');
    marks.push(
      `<span class="sp-mark sp-mark--override">${h(OVERRIDE_MARK)} · derived: ` +
        `<span class="sp-derived">${h(STANCE_LABELS[cell.derivedStance])}</span></span>`,
    );
  }
  if (pc.notes.length || pc.citations.some((c) => c.notes.length)) {
    marks.push(`<span class="sp-mark sp-mark--note">${h(NOTE_MARK)}</span>`);
  }
  if (pc.unverified) {
    marks.push(`<span class="sp-mark sp-mark--warn">${h(UNVERIFIED_MARK)}: ${pc.unverified} quote(s)</span>`);
  }
  const meta: string[] = [];
  if (pc.citations.length) meta.push(`[${numberRange(pc.citations.map((c) => c.number))}]`);
  if (cell.sources) meta.push(`${cell.sources} source${cell.sources === 1 ? '' : 's'}`);
  const rejected = Object.keys(cell.rejections).length;
  if (rejected) meta.push(`${rejected} rejected`);
  return (
    `<td class="${classes.join(' ')}">${stanceMark(cell.stance)}${marks.join('')}` +
    `${meta.length ? `<span class="sp-cell-meta">${meta.join(' · ')}</span>` : ''}</td>`
  );
}

function matrixTables(p: PreparedExport): string {
  const per = COLUMNS_PER_TABLE[p.options.orientation];
  const tables: string[] = [];
  for (let from = 0; from < p.demands.length || from === 0; from += per) {
    const demands = p.demands.slice(from, from + per);
    const part =
      p.demands.length > per
        ? `<h3>Demands ${from + 1}–${from + demands.length} of ${p.demands.length}</h3>`
        : '';
    const head = demands
      .map((d) => `<th scope="col">${h(d.title)}<span class="sp-demand-id">${h(d.id)}</span></th>`)
      .join('');
    const body = p.rows
      .map((row) => {
        const cells = row
          .slice(from, from + per)
          .map(matrixCell)
          .join('');
        return `<tr><th scope="row">${h(row[0]?.party.name ?? '')}</th>${cells}</tr>`;
      })
      .join('\n');
    tables.push(
      `${part}<table class="sp-matrix"><thead><tr><th class="sp-party-col" scope="col">Party</th>${head}</tr></thead>` +
        `<tbody>\n${body}\n</tbody></table>`,
    );
    if (p.demands.length === 0) break;
  }
  return tables.join('\n');
}

function footnotes(p: PreparedExport): string {
  const groups = p.rows
    .flat()
    .filter((pc) => pc.citations.length || pc.notes.length || pc.override)
    .map((pc) => {
      const heading = `<h3>${h(pc.party.name)} — ${h(pc.demand.title)}: ${stanceMark(pc.cell.stance)}</h3>`;
      const analyst =
        (pc.override ? overrideBlock(pc.override, pc.cell.derivedStance) : '') +
        pc.notes.map(noteBlock).join('');
      return `<section class="sp-fn-group">${heading}${analyst}${pc.citations.map(footnote).join('')}</section>`;
    });
  if (!groups.length) return '';
  const what = [p.options.includeCitations && 'citations', 'analyst work'].filter(Boolean).join(' and ');
  return `<h2>Footnotes: ${what}</h2>\n${groups.join('\n')}`;
}

function runningHead(p: PreparedExport, printed: string): string {
  const cls = p.classification ? `<div class="sp-classification">${h(p.classification)}</div>` : '';
  return (
    `${cls}<div class="sp-running-head"><span class="sp-running-title">${h(p.title)}</span>` +
    `<span>Corpus: ${h(p.corpus)}</span><span>Printed ${h(printed)}</span></div>`
  );
}

function runningFoot(p: PreparedExport, printed: string): string {
  const cls = p.classification ? `<div class="sp-classification">${h(p.classification)}</div>` : '';
  return (
    `<div class="sp-running-foot"><span>${h(p.title)}</span><span>Corpus: ${h(p.corpus)}</span>` +
    `<span>Printed ${h(printed)}</span></div>${cls}`
  );
}

function summary(p: PreparedExport): string {
  const cells = p.rows.flat();
  const overrides = cells.filter((c) => c.override).length;
  const notes = cells.reduce(
    (n, c) => n + c.notes.length + c.citations.reduce((m, x) => m + x.notes.length, 0),
    0,
  );
  const parts = [
    `${p.parties.length} parties × ${p.demands.length} demands`,
    `${p.documentCount} source documents`,
    p.options.includeCitations ? `${p.citations.length} cited quotes` : 'citations not included',
    `${overrides} analyst override${overrides === 1 ? '' : 's'}`,
    p.options.includeNotes ? `${notes} analyst note${notes === 1 ? '' : 's'}` : 'notes not included',
  ];
  return `<p class="sp-summary">${parts.map(h).join(' · ')}</p>`;
}

function alerts(p: PreparedExport): string {
  if (!p.warnings.length) return '';
  const items = p.warnings.slice(0, 20).map((w) => `<li>${h(w)}</li>`);
  if (p.warnings.length > 20) items.push(`<li>…and ${p.warnings.length - 20} more.</li>`);
  return `<div class="sp-alert">${h(UNVERIFIED_MARK)} / warnings (${p.warnings.length}):<ul>${items.join('')}</ul></div>`;
}

/** The printable body: everything inside <body>, for a renderer that prints in-app with PRINT_CSS. */
export function renderPrintBodyFrom(p: PreparedExport): string {
  const printed = formatPrintedAt(p.printedAt);
  return (
    `<div class="sp-print"><table class="sp-sheet">` +
    `<thead><tr><td>${runningHead(p, printed)}</td></tr></thead>` +
    `<tfoot><tr><td>${runningFoot(p, printed)}</td></tr></tfoot>` +
    `<tbody><tr><td><main class="sp-content">` +
    `<h1>${h(p.title)}</h1>${summary(p)}${alerts(p)}${legend()}\n${matrixTables(p)}\n${footnotes(p)}` +
    `</main></td></tr></tbody></table></div>`
  );
}

export interface PrintHtml {
  /** A complete standalone document with its CSS embedded (for PDF and a print window). */
  html: string;
  /** The same content without <html>/<head>: insert it and adopt `printCss(options)` to print in-app. */
  body: string;
  warnings: string[];
}

export function renderPrintHtml(
  matrix: EffectiveMatrix,
  documents: SourceDocument[],
  options: ExportOptions,
  context: ExportContext,
  verify: VerifyOptions = {},
): PrintHtml {
  const p = prepareExport(matrix, documents, options, context, verify);
  return renderPrintDocument(p);
}

const BODY_OPEN = '<body class="sp-body">';

/**
 * The printable element out of a standalone print document (e.g. the `print:html` reply), for a
 * renderer that prints in-app: set it as the innerHTML of the `.sp-print-host` element.
 */
export function printBodyOf(html: string): string {
  const start = html.indexOf(BODY_OPEN);
  const end = html.lastIndexOf('</body>');
  if (start < 0 || end < start) throw new Error('Not a Standpoint print document');
  return html.slice(start + BODY_OPEN.length, end);
}

export function renderPrintDocument(p: PreparedExport): PrintHtml {
  const body = renderPrintBodyFrom(p);
  // The CSS is ours; `<` is escaped anyway so no text can ever close the style element early.
  const css = printCss(p.options).replace(/</g, '\\3C ');
  const html =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${h(p.title)}</title><style>${css}</style></head>\n${BODY_OPEN}${body}</body></html>\n`;
  return { html, body, warnings: p.warnings };
}
