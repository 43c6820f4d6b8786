import { describe, expect, it } from 'vitest';
import { analystCitationKey, verifyQuotes } from './verify-quotes';
import { documents, effectiveMatrix, HASH_A } from './test-support/fixture';

const withText = (id: string, edit: (t: string) => string) =>
  documents.map((d) => (d.id === id ? { ...d, text: edit(d.text) } : d));

describe('verifyQuotes', () => {
  it('passes every quote of an untouched corpus', () => {
    const m = effectiveMatrix();
    const { checks, warnings } = verifyQuotes(m, documents);
    expect(warnings).toEqual([]);
    expect(checks.size).toBe(6);
    expect([...checks.values()].every((c) => c.ok && c.status === 'verified')).toBe(true);
  });

  it('fails a quote whose source text changed at its offsets, and warns', () => {
    const m = effectiveMatrix();
    const tampered = withText('doc-a', (t) => t.replace('legally binding', 'politically binding'));
    const { checks, warnings } = verifyQuotes(m, tampered);
    const ru = m.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!.citations[0]!;
    expect(checks.get(ru.key)).toMatchObject({ ok: false, status: 'text-mismatch' });
    expect(
      warnings.some((w) => w.includes('russia / non-expansion') && w.includes('no longer matches')),
    ).toBe(true);
  });

  it('fails quotes when the recomputed hash differs from the recorded one, even if the passage is intact', () => {
    const m = effectiveMatrix();
    const tampered = withText('doc-a', (t) => t + ' Appended later.');
    const { checks } = verifyQuotes(m, tampered, {
      hashText: (t) => (t === documents[0]!.text ? HASH_A : 'f'.repeat(64)),
    });
    const us = m.cells.find((c) => c.party === 'united-states' && c.demand === 'non-expansion')!
      .citations[0]!;
    expect(checks.get(us.key)).toMatchObject({ ok: false, status: 'hash-mismatch' });
  });

  it('fails quotes of a document that changed since derivation (matrix hash differs)', () => {
    const m = effectiveMatrix();
    m.documents = m.documents.map((d) => (d.id === 'doc-b' ? { ...d, hash: '0'.repeat(64) } : d));
    const { checks, warnings } = verifyQuotes(m, documents);
    const nato = m.cells.find((c) => c.party === 'nato' && c.demand === 'rollback-1997')!.citations[0]!;
    expect(checks.get(nato.key)?.status).toBe('hash-mismatch');
    expect(warnings.length).toBe(2);
  });

  it('handles missing documents, impossible offsets and orphaned analyst anchors without throwing', () => {
    const m = effectiveMatrix();
    const cell = m.cells.find((c) => c.party === 'nato' && c.demand === 'rollback-1997')!;
    cell.citations[0] = { ...cell.citations[0]!, start: 10, end: 1_000_000 };
    cell.analystCitations[0]!.resolution = { status: 'orphaned', start: 0, end: 0 };
    const ru = m.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!;
    ru.citations[0] = { ...ru.citations[0]!, document: 'gone' };
    const { checks, warnings } = verifyQuotes(m, documents);
    expect(checks.get(cell.citations[0]!.key)?.status).toBe('bad-offsets');
    expect(checks.get(analystCitationKey('ac1'))?.status).toBe('orphaned');
    expect(checks.get(ru.citations[0]!.key)?.status).toBe('missing-document');
    expect(warnings).toHaveLength(3);
  });

  it('accepts a re-anchored analyst quote whose text matches at the new offsets, flagged as such', () => {
    const m = effectiveMatrix();
    const cell = m.cells.find((c) => c.party === 'nato' && c.demand === 'rollback-1997')!;
    cell.analystCitations[0]!.anchor.documentHash = 'old';
    cell.analystCitations[0]!.resolution.status = 'reanchored';
    expect(verifyQuotes(m, documents).checks.get(analystCitationKey('ac1'))).toMatchObject({
      ok: true,
      status: 'reanchored',
    });
  });
});
