/** The `brief` CLI as an analyst runs it: a real process, the seed corpus, a data folder with work in it. */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { openAnalystService } from '../analyst';
import { csvObjects } from '../../../shared/export/test-support/parse';
import { SEED_DIR } from './test-support/seed';
import { hasChromium, pdfText } from './test-support/pdf-tools';

const run = promisify(execFile);
const ROOT = path.resolve(SEED_DIR, '..');
const brief = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/brief.ts'), ...args], {
    cwd: ROOT,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

// Each test runs the CLI as a process (tsx, the derivation, Chromium for the PDF): on a loaded machine the PDF
// one took over 30 s in CI, so these get two minutes; speed is the bench's to measure, not these tests'.
describe('npm run brief', { timeout: 120_000 }, () => {
  it('refuses bad flags with a clear message and exit code 2', async () => {
    const r = await brief(['--format', 'docx', '--out', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of pdf, md, csv, csv-long, xlsx, json; got "docx"');
    expect(r.stderr).toContain('Usage: npm run brief');
    const missing = await brief(['--format', 'md', '--out', 'x', '--data', '/nonexistent/standpoint']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--data: no such folder');
  });

  it('exports with the analyst work of a data folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'standpoint-brief-data-'));
    const analyst = openAnalystService({
      dir: dataDir,
      documents: { get: () => undefined },
    });
    analyst.apply({
      type: 'override:set',
      party: 'nato',
      demand: 'rollback-1997',
      stance: 'unclear',
      rationale: 'Ambiguous, says the desk.',
    });
    const out = path.join(dataDir, 'cells.csv');
    const r = await brief(['--format', 'csv', '--out', out, '--data', dataDir, '--parties', 'nato,russia']);
    expect(r.stderr).toContain('brief: wrote csv');
    expect(r.code).toBe(0);
    const rows = csvObjects(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(6);
    expect(rows.find((x) => x.party_id === 'nato' && x.demand_id === 'rollback-1997')).toMatchObject({
      stance: 'unclear',
      analyst_override: 'yes',
      override_rationale: 'Ambiguous, says the desk.',
    });
  });

  it('writes an XLSX workbook', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'standpoint-brief-')), 'brief.xlsx');
    const r = await brief(['--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('brief: wrote xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(readFileSync(out)).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Citations']);
    expect(book.getWorksheet('Matrix')!.getCell('A1').value).toBe('Party');
    expect(book.getWorksheet('Matrix')!.getCell('A2').value).toBe('Russia');
  });

  describe('through Chromium', () => {
    // prettier-ignore
    beforeEach((ctx) => ctx.skip(!hasChromium, 'needs Chromium to print the PDF: none at CHROMIUM_PATH or /usr/bin/chromium (check: ls /usr/bin/chromium; .ci/run installs it)'));
    it('writes a PDF with no window', async () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'standpoint-brief-')), 'brief.pdf');
      const r = await brief([
        '--format',
        'pdf',
        '--out',
        out,
        '--paper',
        'letter',
        '--classification',
        'Internal',
      ]);
      expect(r.code).toBe(0);
      const text = pdfText(out);
      expect(text).toContain('INTERNAL');
      expect(text).toContain('Legend');
    });
  });
});
