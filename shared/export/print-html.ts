/**
 * The print layout: a standalone HTML document made for paper, the single source of the printout,
 * the PDF (Chromium or Electron print-to-PDF) and the in-app print. See print-css.ts for the styles.
 *
 * The running head and foot (title, corpus, print date, classification, page number) live in the
 * @page margin boxes, so they sit at the top and bottom of every page, the last one included; the
 * matrix's header row repeats on every page as a table-header-group.
 */
import type { SourceDocument } from '../model/corpus';
import type { EffectiveMatrix } from '../model/effective';
import { STANCE_LABELS } from '../model/stance';
import { numberList } from './footnotes';
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
  sourceLine,
  sourcesText,
  type NameOf,
} from './print-parts';
import { changesSection } from './print-changes';
import { escapeHtml as h, formatDay, formatPrintedAt, plural } from './text';
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
  if (pc.evidence.citations) {
    const single = pc.evidence.sources === 1 ? ' sp-weight--single' : '';
    marks.push(`<span class="sp-weight${single}">${h(sourcesText(pc.evidence))}</span>`);
  }
  if (pc.notes.length || pc.citations.some((c) => c.notes.length)) {
    marks.push(`<span class="sp-mark sp-mark--note">${h(NOTE_MARK)}</span>`);
  }
  if (pc.unverified) {
    marks.push(
      `<span class="sp-mark sp-mark--warn">${h(UNVERIFIED_MARK)}: ${plural(pc.unverified, 'quote')}</span>`,
    );
  }
  const meta: string[] = [];
  if (pc.evidence.citations) meta.push(`latest ${h(formatDay(pc.evidence.latest))}`);
  if (pc.citations.length) meta.push(`[${numberList(pc.citations.map((c) => c.number))}]`);
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
    const head = demands.map((d) => `<th scope="col">${h(d.title)}</th>`).join('');
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

export function namesOf(p: PreparedExport): NameOf {
  const parties = new Map(p.parties.map((x) => [x.id, x.name]));
  const demands = new Map(p.demands.map((x) => [x.id, x.title]));
  return { party: (id) => parties.get(id) ?? id, demand: (id) => demands.get(id) ?? id };
}

/** Overrides and notes on cells, after the matrix: the analyst's reading before the sources. */
function analystWork(p: PreparedExport): string {
  const groups = p.rows
    .flat()
    .filter((pc) => pc.notes.length || pc.override)
    .map((pc) => {
      const heading = `<h3>${h(pc.party.name)} — ${h(pc.demand.title)}: ${stanceMark(pc.cell.stance)}</h3>`;
      const work =
        (pc.override ? overrideBlock(pc.override, pc.cell.derivedStance) : '') +
        pc.notes.map(noteBlock).join('');
      return `<section class="sp-fn-group">${heading}${work}</section>`;
    });
  return groups.length ? `<h2>Analyst overrides and notes</h2>\n${groups.join('\n')}` : '';
}

/** Each source once, as a heading, with its quoted passages under it. */
function sourcesQuoted(p: PreparedExport): string {
  if (!p.footnotes.length) return '';
  const names = namesOf(p);
  const groups: string[] = [];
  let current: string | null = null;
  for (const f of p.footnotes) {
    if (f.document.id !== current) {
      current = f.document.id;
      groups.push(`<h3 class="sp-source-head">${sourceLine(f.document)}</h3>`);
    }
    groups.push(footnote(f, names));
  }
  return (
    `<h2>Sources quoted <span class="sp-h-note">(${plural(p.footnotes.length, 'passage')}, each once, by source)</span></h2>\n` +
    groups.join('\n')
  );
}

function keyJudgements(p: PreparedExport): string {
  if (!p.keyJudgements.length) return '';
  const items = p.keyJudgements.map((k) => `<li>${h(k)}</li>`).join('');
  return `<section class="sp-key-judgements"><h2>Key judgements</h2><ul>${items}</ul></section>`;
}

function summary(p: PreparedExport, printed: string): string {
  const cells = p.rows.flat();
  const overrides = cells.filter((c) => c.override).length;
  const notes = cells.reduce(
    (n, c) => n + c.notes.length + c.citations.reduce((m, x) => m + x.notes.length, 0),
    0,
  );
  const parts = [
    `Corpus: ${p.corpus}`,
    `Printed ${printed}`,
    `${plural(p.parties.length, 'party', 'parties')} × ${plural(p.demands.length, 'demand')}`,
    p.options.includeCitations ? plural(p.footnotes.length, 'quoted passage') : 'citations not included',
    plural(overrides, 'analyst override'),
    p.options.includeNotes ? plural(notes, 'analyst note') : 'notes not included',
  ];
  const omitted = [...p.omitted.parties.map((x) => x.name), ...p.omitted.demands.map((x) => x.title)];
  const left = omitted.length
    ? `<p class="sp-omitted">No recorded position, so left out: ${omitted.map(h).join(', ')}.</p>`
    : '';
  return `<p class="sp-summary">${parts.map(h).join(' · ')}</p>${left}`;
}

function alerts(p: PreparedExport): string {
  if (!p.warnings.length) return '';
  const items = p.warnings.slice(0, 20).map((w) => `<li>${h(w)}</li>`);
  if (p.warnings.length > 20) items.push(`<li>…and ${p.warnings.length - 20} more.</li>`);
  return `<div class="sp-alert">${h(UNVERIFIED_MARK)} / warnings (${p.warnings.length}):<ul>${items.join('')}</ul></div>`;
}

/** The printable body: everything inside <body>, for a renderer that prints in-app with the sheet. */
export function renderPrintBodyFrom(p: PreparedExport): string {
  const printed = formatPrintedAt(p.printedAt);
  return (
    `<div class="sp-print"><main class="sp-content">` +
    `<h1>${h(p.title)}</h1>${summary(p, printed)}${alerts(p)}${keyJudgements(p)}` +
    `${changesSection(p)}${legend(p.options.includeCitations)}\n${matrixTables(p)}\n${analystWork(p)}\n${sourcesQuoted(p)}` +
    `</main></div>`
  );
}

export interface PrintHtml {
  /** A complete standalone document with its CSS embedded (for PDF and a print window). */
  html: string;
  /** The same content without <html>/<head>: insert it and adopt `css` to print in-app. */
  body: string;
  /** The print stylesheet of this document (page size, running head and foot included). */
  css: string;
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

/**
 * The stylesheet out of a standalone print document, for the same in-app printing: adopt it as a
 * constructed stylesheet (the CSP forbids the <style> element itself).
 */
export function printCssOf(html: string): string {
  const match = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!match) throw new Error('Not a Standpoint print document');
  return match[1]!;
}

export function renderPrintDocument(p: PreparedExport): PrintHtml {
  const body = renderPrintBodyFrom(p);
  const printed = formatPrintedAt(p.printedAt);
  const css = printCss(p.options, {
    title: p.title,
    corpus: p.corpus,
    printed: `Printed ${printed}`,
    classification: p.classification,
  });
  // The CSS is ours; `<` is escaped anyway so no text can ever close the style element early.
  const html =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${h(p.title)}</title><style>${css.replace(/</g, '\\3C ')}</style></head>\n${BODY_OPEN}${body}</body></html>\n`;
  return { html, body, css, warnings: p.warnings };
}
