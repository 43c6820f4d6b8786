/**
 * The XLSX export, written with exceljs from the same prepared export as the print and the CSV:
 * "Matrix" (a party per row, a demand per column, each cell its stance in the print palette and
 * its weight) and "Citations" (one row per cell's use of a quote), plus "Changes" when the briefing
 * compares with a snapshot. Header rows are styled and frozen; quotes are text, never formulas.
 */
import ExcelJS from 'exceljs';
import { voiceOf } from '../../../shared/export/csv';
import { weightText } from '../../../shared/export/markdown';
import type { PreparedCell, PreparedExport } from '../../../shared/export/prepare';
import { STANCE_FILLS } from '../../../shared/export/print-parts';
import { formatPrintedAt, oneLine, plural } from '../../../shared/export/text';
import { STANCE_GLYPHS, STANCE_LABELS, type Stance } from '../../../shared/model/stance';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const CITATION_COLUMNS = [
  'Party',
  'Demand',
  'Stance',
  'Date',
  'Quote',
  'Outlet',
  'Own / reported',
  'Analyst',
  'Note',
  'Footnote',
  'Document',
  'Verified',
] as const;

/** Excel holds at most 32,767 characters in a cell. */
const CELL_MAX = 32_000;
const fit = (s: string) => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX)}…` : s);

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});
const HEADER_FILL = fill('#e6e6e6');
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const stanceText = (s: Stance) => `${STANCE_GLYPHS[s]} ${STANCE_LABELS[s]}`;

/** What a matrix cell reads in the sheet: stance, override, weight; line breaks kept (wrapped). */
export function xlsxCellText(pc: PreparedCell): string {
  const lines = [stanceText(pc.cell.stance)];
  if (pc.override) lines.push(`✎ analyst override (derived ${STANCE_LABELS[pc.cell.derivedStance]})`);
  const weight = weightText(pc);
  if (weight) lines.push(weight);
  if (pc.unverified) lines.push(`⚠ ${plural(pc.unverified, 'quote')} not verified`);
  return lines.join('\n');
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { ...BORDER, bottom: { style: 'medium', color: { argb: 'FF000000' } } };
  });
}

/** A calendar date as a date cell (UTC midnight), so it sorts and filters as a date. */
const dateCell = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function matrixSheet(book: ExcelJS.Workbook, p: PreparedExport) {
  const sheet = book.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = [
    { header: 'Party', key: 'party', width: 24 },
    ...p.demands.map((d) => ({ header: d.title, key: d.id, width: 34 })),
  ];
  styleHeader(sheet.getRow(1));
  for (const row of p.rows) {
    const values: Record<string, string> = { party: row[0]?.party.name ?? '' };
    for (const pc of row) values[pc.demand.id] = xlsxCellText(pc);
    const added = sheet.addRow(values);
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell(1).font = { bold: true };
    row.forEach((pc, i) => {
      const cell = added.getCell(i + 2);
      cell.fill = fill(STANCE_FILLS[pc.cell.stance]);
      cell.border = BORDER;
    });
  }
  const footer = [p.title, p.classification, `Printed ${formatPrintedAt(p.printedAt)}`].filter(Boolean);
  sheet.headerFooter.oddFooter = `&L${footer.join(' · ').replace(/&/g, '&&')}&RPage &P of &N`;
  sheet.pageSetup = { orientation: p.options.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function citationsSheet(book: ExcelJS.Workbook, p: PreparedExport) {
  const sheet = book.addWorksheet('Citations', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = [18, 26, 14, 12, 70, 22, 22, 18, 40, 9, 30, 12];
  sheet.columns = CITATION_COLUMNS.map((header, i) => ({ header, width: widths[i] }));
  styleHeader(sheet.getRow(1));
  for (const pc of p.rows.flat()) {
    for (const c of pc.citations) {
      const notes = [c.analyst?.comment, ...c.notes.map((n) => n.text)].filter((x): x is string => !!x);
      if (c.rejection) notes.push(`Rejected: ${c.rejection.reason}`);
      const authors = new Set(
        [c.analyst?.author, ...c.notes.map((n) => n.author), c.rejection?.author].filter(
          (x): x is string => !!x,
        ),
      );
      const row = sheet.addRow([
        pc.party.name,
        pc.demand.title,
        stanceText(c.stance),
        dateCell(c.document.published),
        fit(c.quote),
        c.document.outlet ?? '',
        voiceOf(c),
        [...authors].join('; '),
        fit(notes.map(oneLine).join(' | ')),
        c.number,
        c.document.title,
        c.check.ok ? 'yes' : `NO: ${c.check.problem ?? ''}`,
      ]);
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(3).fill = fill(STANCE_FILLS[c.stance]);
      row.getCell(4).numFmt = 'yyyy-mm-dd';
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CITATION_COLUMNS.length } };
}

function changesSheet(book: ExcelJS.Workbook, p: PreparedExport) {
  const c = p.changes;
  if (!c) return;
  const sheet = book.addWorksheet('Changes', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = [
    { header: 'Change', width: 14 },
    { header: 'Party', width: 20 },
    { header: 'Demand', width: 28 },
    { header: 'From', width: 14 },
    { header: 'To / stance', width: 14 },
    { header: `Since “${c.since.name}” (${formatPrintedAt(c.since.createdAt)})`, width: 70 },
  ];
  styleHeader(sheet.getRow(1));
  const party = new Map(p.parties.concat(p.omitted.parties).map((x) => [x.id, x.name]));
  const demand = new Map(p.demands.concat(p.omitted.demands).map((x) => [x.id, x.title]));
  const names = (x: { party: string; demand: string }) => [
    party.get(x.party) ?? x.party,
    demand.get(x.demand) ?? x.demand,
  ];
  for (const m of c.moved)
    sheet.addRow(['Stance moved', ...names(m), stanceText(m.from), stanceText(m.to), '']);
  for (const x of c.citations)
    sheet.addRow(['New citation', ...names(x), '', stanceText(x.stance), fit(x.quote)]);
  for (const n of c.notes)
    sheet.addRow(['New note', ...names(n), '', '', fit(`${n.note.author}: ${n.note.text}`)]);
  if (!c.moved.length && !c.citations.length && !c.notes.length) sheet.addRow(['Nothing has changed.']);
  sheet.eachRow((row, i) => {
    if (i > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
}

export async function renderXlsx(p: PreparedExport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Standpoint';
  book.title = p.title;
  book.subject = p.classification;
  book.created = new Date(p.printedAt);
  matrixSheet(book, p);
  citationsSheet(book, p);
  changesSheet(book, p);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
