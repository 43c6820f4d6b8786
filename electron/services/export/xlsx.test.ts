/**
 * The XLSX export of the seed briefing, read back with exceljs and checked cell by cell: the matrix
 * sheet against the prepared export, the citation sheet against every cell's citations.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { voiceOf } from '../../../shared/export/csv';
import { DEFAULT_EXPORT_OPTIONS, prepareExport, type PreparedExport } from '../../../shared/export';
import { STANCE_FILLS } from '../../../shared/export/print-parts';
import { createExportService } from './export-service';
import { SEED_CITATION_NOTE, SEED_REJECTION, seedExport } from './test-support/seed';
import { CITATION_COLUMNS, stanceText, XLSX_MIME, xlsxCellText } from './xlsx';

const NOW = new Date('2026-11-23T06:00:00Z');
const options = { ...DEFAULT_EXPORT_OPTIONS, title: 'Security guarantees', classification: 'Restricted' };
/** The export's bytes as exceljs's load() types them (an ArrayBuffer of exactly the file). */
const workbookBytes = (base64: string) => Uint8Array.from(Buffer.from(base64, 'base64')).buffer;
const argbOf = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

let book: ExcelJS.Workbook;
let p: PreparedExport;
let filename: string;
let mime: string;

beforeAll(async () => {
  const { matrix, documents } = await seedExport();
  const service = createExportService({
    getEffectiveMatrix: () => matrix,
    getDocuments: () => documents,
    pdfRenderer: { render: () => Promise.reject(new Error('no PDF here')) },
    now: () => NOW,
  });
  const result = await service.build('xlsx', options);
  ({ filename, mime } = result);
  expect(result.encoding).toBe('base64');
  book = new ExcelJS.Workbook();
  await book.xlsx.load(workbookBytes(result.content));
  p = prepareExport(matrix, documents, options, { printedAt: NOW.toISOString() });
});

const text = (cell: ExcelJS.Cell) => (cell.value === null ? '' : cell.value);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('XLSX export of the seed briefing', () => {
  it('is a workbook named like the other exports, with the matrix and the citations', () => {
    expect(filename).toBe('security-guarantees-2026-11-23.xlsx');
    expect(mime).toBe(XLSX_MIME);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Citations']);
  });

  it('Matrix: a party per row and a demand per column, each cell read back, filled in the print palette', () => {
    const sheet = book.getWorksheet('Matrix')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, 'Party', ...p.demands.map((d) => d.title)]);
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(fillOf(header.getCell(2))).toBe('FFE6E6E6');
    expect(sheet.rowCount).toBe(1 + p.parties.length);
    p.rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2);
      expect(text(r.getCell(1))).toBe(p.parties[i]!.name);
      row.forEach((pc, j) => {
        const cell = r.getCell(j + 2);
        expect(text(cell)).toBe(xlsxCellText(pc));
        expect(String(text(cell)).split('\n')[0]).toBe(stanceText(pc.cell.stance));
        expect(fillOf(cell)).toBe(argbOf(STANCE_FILLS[pc.cell.stance]));
      });
    });
    // The analyst's override shows in its cell, with the weight the analyst needs.
    expect(text(sheet.getRow(4).getCell(4))).toMatch(
      /^✖ Rejects\n✎ analyst override \(derived Open\)\n(\d+ sources|⚑ single source): .* · latest \d{4}-\d\d-\d\d$/,
    );
  });

  it('Citations: one row per cell’s citation, every column read back', () => {
    const sheet = book.getWorksheet('Citations')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, ...CITATION_COLUMNS]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(1 + p.citations.length);
    p.citations.forEach((c, i) => {
      const r = sheet.getRow(i + 2);
      const cell = (name: (typeof CITATION_COLUMNS)[number]) => r.getCell(CITATION_COLUMNS.indexOf(name) + 1);
      expect(text(cell('Party'))).toBe(p.parties.find((x) => x.id === c.party)!.name);
      expect(text(cell('Demand'))).toBe(p.demands.find((x) => x.id === c.demand)!.title);
      expect(text(cell('Stance'))).toBe(stanceText(c.stance));
      expect(fillOf(cell('Stance'))).toBe(argbOf(STANCE_FILLS[c.stance]));
      expect((cell('Date').value as Date).toISOString().slice(0, 10)).toBe(c.document.published);
      expect(cell('Date').numFmt).toBe('yyyy-mm-dd');
      expect(text(cell('Quote'))).toBe(c.quote);
      expect(text(cell('Outlet'))).toBe(c.document.outlet);
      expect(text(cell('Own / reported'))).toBe(voiceOf(c));
      expect(text(cell('Footnote'))).toBe(c.number);
      expect(text(cell('Document'))).toBe(c.document.title);
      expect(text(cell('Verified'))).toBe('yes');
    });
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const noted = rows.find((r) => r.getCell(9).value === SEED_CITATION_NOTE)!;
    expect(noted.getCell(8).value).toBe('M. Analyst');
    expect(rows.some((r) => r.getCell(9).value === `Rejected: ${SEED_REJECTION}`)).toBe(true);
  });

  it('keeps a quote that looks like a formula as text', async () => {
    const { matrix, documents } = await seedExport();
    const cell = matrix.cells.find((c) => c.citations.length)!;
    cell.citations[0] = { ...cell.citations[0]!, quote: '=HYPERLINK("http://x","y")' };
    const service = createExportService({
      getEffectiveMatrix: () => matrix,
      getDocuments: () => documents,
      pdfRenderer: { render: () => Promise.reject(new Error('no PDF here')) },
    });
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(workbookBytes((await service.build('xlsx', options)).content));
    const values = loaded.getWorksheet('Citations')!.getColumn(5).values;
    expect(values).toContain('=HYPERLINK("http://x","y")');
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });
});
