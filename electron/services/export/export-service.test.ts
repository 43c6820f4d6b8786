import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createExportService, sha256Hex } from './export-service';
import { createChromiumPdfRenderer } from './chromium-pdf';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export';
import { documents as fixtureDocs, effectiveMatrix } from '../../../shared/export/test-support/fixture';
import type { SourceDocument } from '../../../shared/model/corpus';
import type { EffectiveMatrix } from '../../../shared/model/effective';
import { bigMatrix } from './test-support/big-matrix';
import {
  hasChromium,
  pdfLayoutText,
  pdfPages,
  pdfPageSize,
  pdfText,
  writeTemp,
} from './test-support/pdf-tools';

// The fixture's hashes are placeholders: give its documents real ones, as the corpus loader would.
const documents: SourceDocument[] = fixtureDocs.map((d) => ({ ...d, hash: sha256Hex(d.text) }));
const withRealHashes = (m: EffectiveMatrix): EffectiveMatrix => {
  const byId = new Map(documents.map((d) => [d.id, d.hash]));
  for (const c of m.cells)
    for (const a of c.analystCitations) a.anchor.documentHash = byId.get(a.anchor.document)!;
  return { ...m, documents: m.documents.map((d) => ({ ...d, hash: byId.get(d.id)! })) };
};

const renderer = createChromiumPdfRenderer();
afterAll(() => renderer.dispose?.());

const service = (matrix: EffectiveMatrix, docs = documents) =>
  createExportService({
    getEffectiveMatrix: () => matrix,
    getDocuments: () => docs,
    pdfRenderer: renderer,
    now: () => new Date('2026-11-23T05:30:00Z'),
  });

const pdfFile = (content: string) => writeTemp('out.pdf', Buffer.from(content, 'base64'));

describe('export service (text formats)', () => {
  it('builds every text format with file name, mime type and no warnings for a clean corpus', async () => {
    const s = service(withRealHashes(effectiveMatrix()));
    const opts = { ...DEFAULT_EXPORT_OPTIONS, title: 'Security guarantees' };
    const md = await s.build('md', opts);
    expect(md).toMatchObject({
      filename: 'security-guarantees-2026-11-23.md',
      encoding: 'utf8',
      warnings: [],
    });
    expect((await s.build('csv', opts)).mime).toMatch(/^text\/csv/);
    expect((await s.build('csv-long', opts)).filename).toBe('security-guarantees-2026-11-23.citations.csv');
    expect(JSON.parse((await s.build('json', opts)).content).matrix.cells).toHaveLength(9);
    const print = await s.printHtml(opts);
    expect(print.html).toContain('<title>Security guarantees</title>');
  });

  it('recomputes document hashes: a text edited without a new hash is caught', async () => {
    const docs = documents.map((d) => (d.id === 'doc-b' ? { ...d, text: d.text + ' Later addition.' } : d));
    const { warnings } = await service(withRealHashes(effectiveMatrix()), docs).build(
      'csv',
      DEFAULT_EXPORT_OPTIONS,
    );
    expect(warnings.length).toBe(3); // two derived quotes and the analyst's in doc-b
    expect(warnings.join('\n')).toContain('does not match its recorded hash');
  });
});

describe('export service (PDF through Chromium)', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(!hasChromium, 'needs Chromium to print PDFs: none at CHROMIUM_PATH or /usr/bin/chromium (check: ls /usr/bin/chromium; .ci/run installs it)'));
  it('prints a landscape A4 PDF whose text has the quotes, footnote numbers, legend and marks', async () => {
    const m = withRealHashes(effectiveMatrix());
    const result = await service(m).build('pdf', { ...DEFAULT_EXPORT_OPTIONS, classification: 'Restricted' });
    expect(result).toMatchObject({ mime: 'application/pdf', encoding: 'base64', warnings: [] });
    const file = pdfFile(result.content);
    expect(pdfPageSize(file)).toMatch(/^841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const text = pdfText(file);
    for (const c of m.cells.flatMap((x) => x.citations)) expect(text).toContain(c.quote.replace(/\s+/g, ' '));
    for (let n = 1; n <= 6; n++) expect(text).toContain(`[${n}]`);
    expect(text).toContain('Legend');
    expect(text).toContain('✎ Analyst override');
    expect(text).toContain('✎ ANALYST NOTE');
    expect(text).toContain('RESTRICTED');
  });

  it('honours US Letter portrait', async () => {
    const result = await service(withRealHashes(effectiveMatrix())).build('pdf', {
      ...DEFAULT_EXPORT_OPTIONS,
      paper: 'letter',
      orientation: 'portrait',
    });
    expect(pdfPageSize(pdfFile(result.content))).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('prints a 200-party matrix on several pages with the header row and running head repeated', async () => {
    const { matrix, documents: docs } = bigMatrix(200);
    const started = Date.now();
    const result = await service(matrix, docs).build('pdf', {
      ...DEFAULT_EXPORT_OPTIONS,
      title: 'Two hundred parties',
      // Only one demand has evidence here: keep the silent ones so the header row is complete.
      omitEmpty: false,
    });
    const millis = Date.now() - started;
    const file = pdfFile(result.content);
    expect(pdfPages(file)).toBeGreaterThan(3);
    const page2 = pdfText(file, { first: 2, last: 2 });
    expect(pdfLayoutText(file, { first: 2, last: 2 })).toMatch(
      /^ *Party +No further NATO expansion +Rollback to 1997 lines +No missile deployments *$/m,
    );
    expect(page2).toContain('Two hundred parties');
    expect(page2).toContain('Corpus: 1 document, 2022-01-10 to 2022-01-10');
    expect(page2).toContain('Page 2 of');
    // Rows continue where page 1 stopped: no party is lost or printed twice across the break.
    const all = pdfText(file);
    for (const n of ['001', '100', '200'])
      expect(all.match(new RegExp(`Party ${n} `, 'g'))!.length).toBeGreaterThanOrEqual(1);
    expect(millis).toBeLessThan(10_000); // ~1.2 s here; gradients once made it 15 s
  });

  it('marks a tampered quote in the PDF and warns', async () => {
    const docs = documents.map((d) =>
      d.id === 'doc-a' ? { ...d, text: d.text.replace('Washington', 'Warsaw....') } : d,
    );
    const result = await service(withRealHashes(effectiveMatrix()), docs).build(
      'pdf',
      DEFAULT_EXPORT_OPTIONS,
    );
    expect(result.warnings.some((w) => w.includes('united-states / non-expansion'))).toBe(true);
    const text = pdfText(pdfFile(result.content));
    expect(text).toContain('⚠ NOT VERIFIED: the source text at');
  });
});
