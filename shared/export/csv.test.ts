import { describe, expect, it } from 'vitest';
import { csvField } from './csv';
import { renderCsv, renderCsvLong, renderJson } from './exporters';
import { DEFAULT_EXPORT_OPTIONS } from './types';
import type { MatrixExportJson } from './json';
import { CITATION_NOTE, documents, effectiveMatrix } from './test-support/fixture';
import { csvObjects, parseCsv } from './test-support/parse';

const ctx = { printedAt: '2026-11-23T05:30:00.000Z' };

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-0.5')).toBe('-0.5');
    expect(parseCsv(csvField('a "b",\r\nc') + '\r\n')).toEqual([['a "b",\r\nc']]);
  });

  it('has one row per cell that parses back cell by cell', () => {
    const m = effectiveMatrix();
    const rows = csvObjects(renderCsv(m, documents, DEFAULT_EXPORT_OPTIONS, ctx).text);
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      const cell = m.cells.find((c) => c.party === row.party_id && c.demand === row.demand_id);
      expect(row.stance).toBe(cell?.stance ?? 'none');
      expect(Number(row.citations)).toBe(
        (cell?.citations.length ?? 0) + (cell?.analystCitations.length ?? 0),
      );
      expect(row.analyst_override).toBe(cell?.override ? 'yes' : 'no');
      expect(row.override_rationale).toBe(cell?.override?.rationale ?? '');
      expect(row.unverified_quotes).toBe('0');
    }
    expect(
      rows.find((r) => r.party_id === 'nato' && r.demand_id === 'missile-deployment')!.stance_label,
    ).toBe('No position');
    const nato = rows.find((r) => r.party_id === 'nato' && r.demand_id === 'rollback-1997')!;
    expect(nato).toMatchObject({
      sources: '1',
      own_sources: '1',
      reported_sources: '0',
      single_source: 'yes',
      latest_evidence: '2022-01-26',
    });
  });

  it('starts each file with a UTF-8 byte-order mark, so Excel shows curly quotes', () => {
    for (const render of [renderCsv, renderCsvLong]) {
      const { text } = render(effectiveMatrix(), documents, DEFAULT_EXPORT_OPTIONS, ctx);
      const bytes = new TextEncoder().encode(text);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.slice(1, 2)).not.toBe('\uFEFF');
    }
  });

  it('has one row per citation with demand, party, stance, date, quote, outlet, analyst and note', () => {
    const m = effectiveMatrix();
    const rows = csvObjects(
      renderCsvLong(m, documents, { ...DEFAULT_EXPORT_OPTIONS, includeCitations: false }, ctx).text,
    );
    const all = m.cells.flatMap((c) => c.citations);
    expect(rows).toHaveLength(all.length + 1);
    for (const c of all) {
      const row = rows.find((r) => r.quote === c.quote && r.party_id === c.party)!;
      expect(row).toMatchObject({
        demand_id: c.demand,
        stance: c.stance,
        date: c.published ?? '',
        verified: 'yes',
      });
      expect(row.start).toBe(String(c.start));
      expect(row.document_hash).toBe(documents.find((d) => d.id === c.document)!.hash);
    }
    const noted = rows.find((r) => r.note === CITATION_NOTE)!;
    expect(noted.analyst).toBe('A. Analyst');
    expect(noted.outlet).toBe('Wire "Service"');
    expect(rows.find((r) => r.kind === 'analyst')!.quote).toBe("NATO's door");
  });

  it('marks tampered quotes as not verified', () => {
    const tampered = documents.map((d) =>
      d.id === 'doc-a' ? { ...d, text: d.text.replace('eastward', 'westward') } : d,
    );
    const { text, warnings } = renderCsvLong(effectiveMatrix(), tampered, DEFAULT_EXPORT_OPTIONS, ctx);
    expect(warnings).toHaveLength(1);
    const bad = csvObjects(text).filter((r) => r.verified === 'NO');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.party_id).toBe('russia');
  });
});

describe('JSON', () => {
  it('is the chosen part of the effective matrix with verification beside it', () => {
    const { text } = renderJson(
      effectiveMatrix(),
      documents,
      { ...DEFAULT_EXPORT_OPTIONS, parties: ['nato'] },
      ctx,
    );
    const out = JSON.parse(text) as MatrixExportJson;
    expect(out.matrix.parties.map((p) => p.id)).toEqual(['nato']);
    expect(out.matrix.cells).toHaveLength(3);
    expect(Object.values(out.verification).every((v) => v.ok)).toBe(true);
    expect(out.matrix.cells[0]!.override?.stance).toBe('open');
  });
});
