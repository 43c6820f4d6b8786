import { describe, expect, it } from 'vitest';
import { printBodyOf, renderPrintHtml } from './print-html';
import { cssString, PRINT_CSS, printCss } from './print-css';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './types';
import {
  CELL_NOTE,
  CITATION_NOTE,
  documents,
  effectiveMatrix,
  OVERRIDE_RATIONALE,
} from './test-support/fixture';

const ctx = { printedAt: '2026-11-23T05:30:00.000Z' };
const render = (o: Partial<ExportOptions> = {}) =>
  renderPrintHtml(effectiveMatrix(), documents, { ...DEFAULT_EXPORT_OPTIONS, ...o }, ctx);

describe('renderPrintHtml', () => {
  it('is a complete document with its CSS and page size, and no inline style attributes', () => {
    const { html, body } = render({ paper: 'letter', orientation: 'portrait' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page { size: letter portrait; }');
    expect(html).toContain('thead { display: table-header-group; }'.slice(0, 10));
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<script/i);
    expect(printBodyOf(html)).toBe(body);
    expect(() => printBodyOf('<html></html>')).toThrow(/Not a Standpoint print document/);
    expect(printCss(DEFAULT_EXPORT_OPTIONS)).toContain('@page { size: A4 landscape; }');
  });

  it('scopes every style rule under .sp-print so the app can adopt PRINT_CSS safely', () => {
    const selectors = PRINT_CSS.replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@page\s*{[^{}]*(\{[^{}]*}[^{}]*)*}/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter(Boolean);
    for (const s of selectors) {
      for (const part of s.split(',')) expect(part.trim()).toMatch(/^(\.sp-print|body\.sp-body)/);
    }
  });

  it('escapes every text from the corpus and the analyst, in the markup and in the page margins', () => {
    const m = effectiveMatrix();
    m.parties[0]!.name = '<img src=x onerror=alert(1)>';
    const { html, css } = renderPrintHtml(
      m,
      documents,
      { ...DEFAULT_EXPORT_OPTIONS, title: '</style><script>x</script>', classification: 'A & "B"' },
      ctx,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>firmly</b>');
    expect(html).toContain('NATO answers, &lt;b&gt;firmly&lt;/b&gt;');
    expect(html).toContain('commas &amp; &lt;tags&gt;');
    // In the CSS strings of the margin boxes every quote, slash and bracket is an escape.
    expect(css).toContain(cssString('A & "B"'.toUpperCase()));
    expect(cssString('A & "B"')).toBe('"A \\26  \\22 B\\22 "');
    expect(css).not.toMatch(/content: "[^"]*<\/style/);
  });

  it('puts title, print date, corpus, classification and page number in the margins of every page', () => {
    const { css } = render({ title: 'Guarantees', classification: 'Restricted' });
    const box = (where: string) => new RegExp(`@${where} \\{ content: ([^;]*);`).exec(css)?.[1];
    expect(box('top-left')).toBe(cssString('Guarantees'));
    expect(box('top-right')).toBe(cssString('Printed 2026-11-23 05:30 UTC'));
    expect(box('top-center')).toBe(cssString('RESTRICTED'));
    expect(box('bottom-center')).toBe(cssString('RESTRICTED'));
    expect(box('bottom-left')).toBe(cssString('Corpus: 2 documents, 2021-12-17 to 2022-01-26'));
    expect(box('bottom-right')).toBe('"Page " counter(page) " of " counter(pages)');
    const plain = render().css;
    expect(plain).not.toContain('@top-center');
    expect(plain).not.toContain('@bottom-center');
  });

  it('numbers footnotes in reading order and marks analyst work', () => {
    const { html } = render();
    for (let n = 1; n <= 6; n++) expect(html).toContain(`id="fn-${n}"`);
    expect(html).toContain('✎ Analyst override');
    expect(html).toContain(OVERRIDE_RATIONALE.replace(/"/g, '&quot;'));
    expect(html).toContain(CELL_NOTE.replace(/\|/g, '|'));
    expect(html).toContain(CITATION_NOTE);
    expect(html).toContain('analyst citation by A. Analyst: Same line in the Brussels briefing.');
    expect(html).toContain('Legend');
    // The missing nato × missile-deployment cell is printed as "No position", not dropped.
    expect(html.match(/sp-cell sp-cell--none/g)).toHaveLength(4);
  });

  it('attaches a note on an analyst citation to that citation', () => {
    const m = effectiveMatrix();
    const cell = m.cells.find((c) => c.party === 'nato' && c.demand === 'rollback-1997')!;
    cell.notes.push({
      ...cell.analystCitations[0]!,
      target: { kind: 'citation', citationKey: 'ac1' },
      id: 'n9',
      text: 'On the analyst quote.',
    });
    const { html } = renderPrintHtml(m, documents, DEFAULT_EXPORT_OPTIONS, ctx);
    const fn6 = html.slice(html.indexOf('id="fn-6"'));
    expect(fn6).toContain('On the analyst quote.');
  });

  it('honours subsets and leaves out citations and notes on request', () => {
    const { html, warnings } = render({
      parties: ['nato', 'nobody'],
      demands: ['non-expansion'],
      includeCitations: false,
      includeNotes: false,
    });
    expect(warnings).toEqual(['Unknown party "nobody" was left out.']);
    expect(html).not.toContain('Russia');
    expect(html).not.toContain('Rollback to 1997');
    expect(html).not.toContain('id="fn-');
    expect(html).not.toContain(CELL_NOTE);
    expect(html).toContain('✎ Analyst override'); // an override is the stance itself, always shown
  });

  it('marks a tampered quote as not verified and warns', () => {
    const tampered = documents.map((d) =>
      d.id === 'doc-a' ? { ...d, text: d.text.replace('Washington', 'Warsaw....') } : d,
    );
    const { html, warnings } = renderPrintHtml(effectiveMatrix(), tampered, DEFAULT_EXPORT_OPTIONS, ctx);
    expect(warnings).toHaveLength(1);
    expect(html).toContain('sp-fn sp-fn--unverified');
    expect(html).toContain('⚠ NOT VERIFIED: the source text at');
    expect(html).toContain('⚠ NOT VERIFIED: 1 quote<');
  });

  it('splits many demands into several tables, each with the party column', () => {
    const m = effectiveMatrix();
    for (let i = 0; i < 7; i++)
      m.demands.push({ id: `d${i}`, title: `Demand ${i}`, description: '', phrases: [] });
    const { html } = renderPrintHtml(m, documents, { ...DEFAULT_EXPORT_OPTIONS, omitEmpty: false }, ctx);
    expect(html.match(/<table class="sp-matrix">/g)).toHaveLength(2);
    expect(html).toContain('Demands 7–10 of 10');
  });
});
