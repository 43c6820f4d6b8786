import { describe, expect, it } from 'vitest';
import { renderMarkdownBriefing } from './exporters';
import { renderPrintHtml } from './print-html';
import { mdCell } from './markdown';
import { prepareExport } from './prepare';
import { DEFAULT_EXPORT_OPTIONS } from './types';
import { CELL_NOTE, documents, effectiveMatrix, OVERRIDE_RATIONALE } from './test-support/fixture';
import { mdTableAfter, unescapeMd } from './test-support/parse';

const ctx = { printedAt: '2026-11-23T05:30:00.000Z' };
const opts = { ...DEFAULT_EXPORT_OPTIONS, title: 'Brief', classification: 'Restricted' };

describe('renderMarkdownBriefing', () => {
  it('has a matrix table that parses back cell by cell', () => {
    const { text } = renderMarkdownBriefing(effectiveMatrix(), documents, opts, ctx);
    const p = prepareExport(effectiveMatrix(), documents, opts, ctx);
    const rows = mdTableAfter(text, '## Matrix');
    expect(rows[0]).toEqual(['Party', ...p.demands.map((d) => d.title)]);
    expect(rows).toHaveLength(1 + p.parties.length);
    p.rows.forEach((row, i) => {
      expect(rows[i + 1]![0]).toBe(p.parties[i]!.name);
      row.forEach((pc, j) => expect(rows[i + 1]![j + 1]).toBe(unescapeMd(mdCell(pc))));
    });
    expect(rows[3]![1]).toBe(
      '◐ Open (✎ override; derived Rejects) · ⚑ single source: 1 own · latest 2022-01-26 [Q5]',
    );
  });

  it('has who-said-what per demand with analyst work, and an appendix with hash and offsets', () => {
    const { text } = renderMarkdownBriefing(effectiveMatrix(), documents, opts, ctx);
    expect(text.startsWith('**Restricted**')).toBe(true);
    expect(text.trimEnd().endsWith('**Restricted**')).toBe(true);
    expect(text).toContain('### No further NATO expansion');
    expect(text).toContain(`Rationale: ${OVERRIDE_RATIONALE.replace(/"/g, '"')}`);
    expect(unescapeMd(text)).toContain(CELL_NOTE);
    // The appendix: each quoted passage once, with every cell it backs.
    const appendix = mdTableAfter(text, '## Appendix: quotes');
    expect(appendix[0]).toEqual([
      'Q',
      'Quote',
      'Cited for',
      'Outlet',
      'Date',
      'Document',
      'Hash (SHA-256)',
      'Offsets',
      'Verified',
    ]);
    const m = effectiveMatrix();
    const quotes = m.cells.flatMap((c) => [
      ...c.citations.map((x) => x.quote),
      ...c.analystCitations.map((a) => a.anchor.quote),
    ]);
    expect(appendix.slice(1).map((r) => unescapeMd(r[1]!))).toEqual(expect.arrayContaining(quotes));
    const first = appendix[1]!;
    expect(first[0]).toBe('Q1');
    expect(first[2]).toBe('Russia — No further NATO expansion: ✔ Supports (own statement)');
    expect(first[6]).toBe(`\`${'a'.repeat(64)}\``);
    const c = m.cells[0]!.citations[0]!;
    expect(first[7]).toBe(`${c.start}–${c.end}`);
    expect(first[8]).toBe('yes');
  });

  it('marks a tampered quote in the table and the appendix', () => {
    const tampered = documents.map((d) =>
      d.id === 'doc-b' ? { ...d, text: d.text.replace('alliance', 'Alliance') } : d,
    );
    const { text, warnings } = renderMarkdownBriefing(effectiveMatrix(), tampered, opts, ctx);
    expect(warnings).toHaveLength(1);
    const appendix = mdTableAfter(text, '## Appendix: quotes');
    expect(appendix.find((r) => r[1]!.includes('alliance said'))![8]).toMatch(/^\*\*NO\*\*/);
    expect(text).toContain('⚠ 1 unverified');
  });
});

describe('a source with no outlet recorded', () => {
  it('is named by its file in the briefing and the print, not as an unknown outlet', () => {
    const { text } = renderMarkdownBriefing(effectiveMatrix(), documents, opts, ctx);
    // doc-b has no outlet; its file is b.txt.
    expect(text).toContain('b.txt, 2022-01-26');
    expect(text).not.toMatch(/unknown outlet/i);
    const html = renderPrintHtml(effectiveMatrix(), documents, opts, ctx).html;
    expect(html).toContain('b.txt, 26 Jan 2022');
    expect(html).not.toMatch(/unknown outlet/i);
  });
});
