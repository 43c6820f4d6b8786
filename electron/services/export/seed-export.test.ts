/**
 * End to end on the seed corpus: derivation → analyst layer → every export format, read back the
 * way an analyst's tools would (pdftotext, a CSV reader, a Markdown table reader).
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { summarizeEvidence } from '../../../shared/analyst/evidence';
import { sourcesText } from '../../../shared/export/print-parts';
import { formatDay } from '../../../shared/export/text';
import { DEFAULT_EXPORT_OPTIONS, prepareExport } from '../../../shared/export';
import { mdCell } from '../../../shared/export/markdown';
import { STANCE_LABELS as STANCE_LABELS_FOR_TESTS } from '../../../shared/model/stance';
import { csvObjects, mdTableAfter, unescapeMd } from '../../../shared/export/test-support/parse';
import type { SourceDocument } from '../../../shared/model/corpus';
import type { EffectiveMatrix } from '../../../shared/model/effective';
import { createChromiumPdfRenderer } from './chromium-pdf';
import { createExportService, type ExportResult } from './export-service';
import {
  SEED_CITATION_NOTE,
  SEED_DIR,
  SEED_NOTE,
  SEED_OVERRIDE,
  SEED_RATIONALE,
  SEED_REJECTION,
  seedExport,
} from './test-support/seed';
import {
  footerTop,
  hasChromium,
  pdfLayoutText,
  pdfPages,
  pdfText,
  renderFirstPage,
  writeTemp,
} from './test-support/pdf-tools';

const DOCS_DIR = path.resolve(SEED_DIR, '..', 'docs');
const NOW = new Date('2026-11-23T06:00:00Z');
const options = {
  ...DEFAULT_EXPORT_OPTIONS,
  title: 'Security guarantees: who stands where',
  classification: 'Restricted — briefing use',
};

let matrix: EffectiveMatrix;
let documents: SourceDocument[];
const renderer = createChromiumPdfRenderer();
const service = (docs: SourceDocument[] = documents) =>
  createExportService({
    getEffectiveMatrix: () => matrix,
    getDocuments: () => docs,
    pdfRenderer: renderer,
    now: () => NOW,
  });

beforeAll(async () => {
  ({ matrix, documents } = await seedExport());
});
afterAll(() => renderer.dispose?.());

const allCitations = () => matrix.cells.flatMap((c) => c.citations);
const cellOf = (party: string, demand: string) =>
  matrix.cells.find((c) => c.party === party && c.demand === demand)!;

describe('seed corpus exports', () => {
  it('the overlay is in place: an override, notes and a rejection', () => {
    expect(cellOf(SEED_OVERRIDE.party, SEED_OVERRIDE.demand)).toMatchObject({
      stance: 'rejects',
      derivedStance: 'open',
    });
    expect(cellOf('russia', 'non-expansion').notes).toHaveLength(2);
    expect(allCitations().length).toBeGreaterThan(10);
  });

  it('Markdown: the matrix table parses back cell by cell; who-said-what and the appendix carry the analyst work', async () => {
    const result = await service().build('md', options);
    expect(result.warnings).toEqual([]);
    const md = result.content;
    const p = prepareExport(matrix, documents, options, { printedAt: NOW.toISOString() });
    const rows = mdTableAfter(md, '## Matrix');
    expect(rows[0]).toEqual(['Party', ...p.demands.map((d) => d.title)]);
    // Only the parties with a position; the others are named as left out.
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Russia', 'United States', 'NATO']);
    const silent = matrix.parties.filter((x) => !p.parties.includes(x)).map((x) => x.name);
    expect(silent.length).toBeGreaterThan(0);
    expect(unescapeMd(md)).toContain(`No recorded position, so left out: ${silent.join(', ')}.`);
    p.parties.forEach((party, i) => {
      expect(rows[i + 1]![0]).toBe(party.name);
      p.demands.forEach((demand, j) => {
        const cell = rows[i + 1]![j + 1]!;
        expect(cell).toBe(unescapeMd(mdCell(p.rows[i]![j]!)));
        expect(cell).toContain(STANCE_LABELS_FOR_TESTS[cellOf(party.id, demand.id).stance]);
      });
    });
    expect(rows[3]![3]).toMatch(/^✖ Rejects \(✎ override; derived Open\)/);
    expect(unescapeMd(md)).toContain(SEED_RATIONALE);
    expect(unescapeMd(md)).toContain(SEED_NOTE);
    expect(unescapeMd(md)).toContain(SEED_CITATION_NOTE);
    // The appendix: each quoted passage once, every cell's citation of it listed.
    const appendix = mdTableAfter(md, '## Appendix: quotes').slice(1);
    const passages = new Set(allCitations().map((c) => `${c.document}:${c.start}`));
    expect(appendix).toHaveLength(passages.size);
    expect(passages.size).toBeLessThan(allCitations().length);
    const docs = new Map(documents.map((d) => [d.id, d]));
    for (const row of appendix) {
      const f = p.footnotes[Number(row[0]!.slice(1)) - 1]!;
      expect(row[1]).toBe(f.quote.replace(/\s+/g, ' ').trim());
      expect(row[5]).toBe(f.document.id);
      expect(row[6]).toBe(`\`${docs.get(f.document.id)!.hash}\``);
      expect(row[7]).toBe(`${f.start}–${f.end}`);
      expect(row[8]).toBe('yes');
      expect(docs.get(f.document.id)!.text.slice(f.start, f.end)).toBe(f.quote);
      for (const use of f.uses)
        expect(unescapeMd(row[2]!)).toContain(p.demands.find((d) => d.id === use.demand)!.title);
    }
  });

  it('CSV: one row per cell, parsed back and checked cell by cell', async () => {
    const content = (await service().build('csv', options)).content;
    expect(content.startsWith('\uFEFF')).toBe(true);
    const rows = csvObjects(content);
    const p = prepareExport(matrix, documents, options, { printedAt: NOW.toISOString() });
    expect(rows).toHaveLength(p.parties.length * p.demands.length);
    const docs = new Map(matrix.documents.map((d) => [d.id, d]));
    for (const row of rows) {
      const cell = cellOf(row.party_id!, row.demand_id!);
      const evidence = summarizeEvidence(cell, docs);
      expect(row.stance).toBe(cell.stance);
      expect(row.derived_stance).toBe(cell.derivedStance);
      expect(row.stance_label).toBe(STANCE_LABELS_FOR_TESTS[cell.stance]);
      expect(row.analyst_override).toBe(cell.override ? 'yes' : 'no');
      expect(row.override_rationale).toBe(cell.override?.rationale ?? '');
      expect(Number(row.citations)).toBe(evidence.citations);
      expect(Number(row.sources)).toBe(evidence.sources);
      expect(Number(row.own_sources)).toBe(evidence.ownSources);
      expect(row.single_source).toBe(evidence.sources === 1 ? 'yes' : 'no');
      expect(row.latest_evidence).toBe(evidence.latest ?? '');
      expect(row.unverified_quotes).toBe('0');
    }
    // The rejected citation no longer counts, as in the grid and the detail.
    const us = cellOf('united-states', 'non-expansion');
    expect(
      Number(rows.find((r) => r.party_id === 'united-states' && r.demand_id === 'non-expansion')!.citations),
    ).toBe(us.citations.length - 1);
    expect(
      rows.find((r) => r.party_id === 'russia' && r.demand_id === 'non-expansion')!.analyst_notes,
    ).toContain(SEED_NOTE);
  });

  it('CSV long: one row per citation with demand, party, stance, date, quote, outlet, analyst and note', async () => {
    const rows = csvObjects((await service().build('csv-long', options)).content);
    expect(rows).toHaveLength(allCitations().length);
    const docs = new Map(documents.map((d) => [d.id, d]));
    for (const c of allCitations()) {
      const row = rows.find(
        (r) =>
          r.document === c.document &&
          r.start === String(c.start) &&
          r.party_id === c.party &&
          r.demand_id === c.demand,
      )!;
      expect(row).toBeDefined();
      expect(row.quote!.replace(/^'/, '')).toBe(c.quote);
      expect(row).toMatchObject({
        stance: c.stance,
        date: c.published ?? '',
        outlet: docs.get(c.document)!.outlet ?? '',
        verified: 'yes',
      });
    }
    expect(rows.find((r) => r.note === SEED_CITATION_NOTE)!.analyst).toBe('M. Analyst');
    expect(rows.find((r) => r.rejected === 'yes')!.note).toBe(`Rejected: ${SEED_REJECTION}`);
  });

  it('JSON: the effective matrix with every quote verified', async () => {
    const out = JSON.parse((await service().build('json', options)).content);
    expect(out.matrix.cells).toEqual(matrix.cells);
    expect(Object.keys(out.verification)).toHaveLength(allCitations().length);
    expect(Object.values(out.verification).every((v) => (v as { ok: boolean }).ok)).toBe(true);
  });
});

describe('seed corpus PDF (Chromium at /usr/bin/chromium)', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(!hasChromium, 'needs Chromium to print PDFs: none at CHROMIUM_PATH or /usr/bin/chromium (check: ls /usr/bin/chromium; .ci/run installs it)'));
  let result: ExportResult;
  let file: string;
  beforeAll(async () => {
    if (!hasChromium) return;
    result = await service().build('pdf', options);
    file = writeTemp('seed.pdf', Buffer.from(result.content, 'base64'));
  });

  it('has every quote once, the footnote numbers, the legend and the analyst marks in its text', () => {
    expect(result.warnings).toEqual([]);
    const text = pdfText(file);
    const passages = new Map(allCitations().map((c) => [`${c.document}:${c.start}`, c.quote]));
    for (const quote of passages.values()) {
      const q = quote.replace(/\s+/g, ' ').trim();
      expect(text.split(q).length - 1, q).toBe(1);
    }
    for (let n = 1; n <= passages.size; n++) expect(text).toContain(`[${n}]`);
    expect(text).not.toContain(`[${passages.size + 1}]`);
    expect(text).toContain('Legend');
    for (const word of ['Supports', 'Rejects', 'Open', 'Unclear', 'No position'])
      expect(text).toContain(word);
    expect(text).toContain('✎ Analyst override · derived: Open');
    expect(text).toContain(`✎ ANALYST OVERRIDE by M. Analyst, 2026-11-22`);
    expect(text).toContain(SEED_RATIONALE);
    expect(text).toContain('✎ ANALYST NOTE');
    expect(text).toContain(SEED_NOTE);
    expect(text).toContain(`Rejected by analyst M. Analyst: ${SEED_REJECTION}`);
    expect(text).toContain('RESTRICTED — BRIEFING USE');
    expect(text).toContain('Printed 2026-11-23 06:00 UTC');
    // Each cell's weight: independent sources, own or reported, the latest evidence.
    const p = prepareExport(matrix, documents, options, { printedAt: NOW.toISOString() });
    const layout = pdfLayoutText(file);
    for (const pc of p.rows.flat().filter((c) => c.evidence.citations)) {
      expect(layout).toContain(sourcesText(pc.evidence));
      expect(layout).toContain(`latest ${formatDay(pc.evidence.latest)}`);
    }
    expect(text).toMatch(/\d sources?: (\d own)?( · )?(\d reported)?/);
    // The note marked as key opens the briefing.
    expect(text.indexOf('Key judgements Russia — No further NATO expansion: ' + SEED_NOTE)).toBeGreaterThan(
      0,
    );
    expect(text.indexOf('Key judgements')).toBeLessThan(text.indexOf('Legend'));
  });

  it('has no internal ids and no empty rows, and is shorter than the four pages it used to take', () => {
    const p = prepareExport(matrix, documents, options, { printedAt: NOW.toISOString() });
    // Quotes may hold an id's words ("the non-expansion of the alliance"): look at everything else.
    const all = pdfText(file);
    const ids = [...matrix.demands, ...matrix.parties].map((x) => x.id).filter((id) => id.includes('-'));
    const beforeSources = all.slice(0, all.indexOf('Sources quoted'));
    for (const id of ids) expect(beforeSources).not.toContain(id);
    for (const cited of all.match(/Cited for [^“]*/g)!) for (const id of ids) expect(cited).not.toContain(id);
    const matrixText = all.slice(all.indexOf('Party No further'), all.indexOf('Analyst overrides'));
    expect(p.omitted.parties.length).toBeGreaterThan(0);
    for (const silent of p.omitted.parties) expect(matrixText).not.toContain(silent.name);
    expect(pdfPages(file)).toBeLessThanOrEqual(3);
  });

  it('carries the running head at the top and the foot at the bottom of every page, the last one too', () => {
    const pages = pdfPages(file);
    for (let n = 1; n <= pages; n++) {
      const lines = pdfLayoutText(file, { first: n, last: n })
        .split('\n')
        .filter((l) => l.trim());
      // The head: title, classification and print date, on the first line or two (the classification is larger).
      const head = lines.slice(0, 2).join(' ');
      for (const part of [
        'Security guarantees: who stands where',
        'RESTRICTED — BRIEFING USE',
        'Printed 2026-11-23 06:00 UTC',
      ])
        expect(head).toContain(part);
      // The foot: corpus, classification and page number on the page's last line, whatever is above.
      expect(lines.at(-1)).toMatch(
        new RegExp(`Corpus: 5 documents.*RESTRICTED — BRIEFING USE +Page ${n} of ${pages}$`),
      );
    }
    // The last page's foot sits at the bottom, not under its last footnote: same height as page 1's.
    const footY = (page: number) => footerTop(file, page);
    expect(Math.abs(footY(pages) - footY(1))).toBeLessThan(2);
  });

  // Always rendered; copied over docs/print-page1.png (the README image) only when missing or asked
  // for with UPDATE_DOCS=1, so ordinary test runs do not leave a re-rastered PNG in everyone's tree.
  it('renders page 1 to PNG (docs/print-page1.png for the README)', () => {
    const png = renderFirstPage(file, path.join(path.dirname(file), 'page1.png'));
    expect(statSync(png).size).toBeGreaterThan(10_000);
    const target = path.join(DOCS_DIR, 'print-page1.png');
    if (process.env.UPDATE_DOCS === '1' || !existsSync(target)) {
      mkdirSync(DOCS_DIR, { recursive: true });
      copyFileSync(png, target);
    }
  });

  it('marks a quote whose document was changed, and warns', async () => {
    const ru = cellOf('russia', 'non-expansion').citations[0]!;
    const tampered = documents.map((d) =>
      d.id === ru.document ? { ...d, text: d.text.slice(0, ru.start) + 'X' + d.text.slice(ru.start + 1) } : d,
    );
    const bad = await service(tampered).build('pdf', options);
    expect(bad.warnings.length).toBeGreaterThan(0);
    expect(bad.warnings[0]).toContain('Quote NOT verified');
    const text = pdfText(writeTemp('tampered.pdf', Buffer.from(bad.content, 'base64')));
    expect(text).toContain('⚠ NOT VERIFIED: the source text at');
    expect(text).toMatch(/⚠ NOT VERIFIED: \d+ quotes?\b/);
  });
});
