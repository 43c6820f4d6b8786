/** Issue 11, the briefing: each quote once, no ids, no empty rows, the weight of each cell, key judgements. */
import { describe, expect, it } from 'vitest';
import { renderMarkdownBriefing } from './exporters';
import { numberList } from './footnotes';
import { leaveOutEmpty, prepareExport } from './prepare';
import { silentCell } from '../analyst/effective';
import type { EffectiveCell } from '../model';
import { renderPrintHtml } from './print-html';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './types';
import { documents, effectiveMatrix } from './test-support/fixture';

const ctx = { printedAt: '2026-11-23T05:30:00.000Z' };
const opts = (o: Partial<ExportOptions> = {}): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...o });

/** The fixture with one sentence backing two cells, and a party and a demand nobody speaks to. */
function matrixWithSharedQuote() {
  const m = effectiveMatrix();
  const ru = m.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!;
  const rollback = m.cells.find((c) => c.party === 'russia' && c.demand === 'rollback-1997')!;
  const shared = ru.citations[0]!;
  rollback.citations = [
    { ...shared, demand: 'rollback-1997', key: `${shared.key}-rollback`, voice: 'reported' },
  ];
  rollback.stance = rollback.derivedStance = 'supports';
  m.parties.push({ id: 'osce', name: 'OSCE', aliases: [] });
  m.demands.push({ id: 'sanctions', title: 'Sanctions relief', description: '', phrases: [] });
  return m;
}

describe('the briefing', () => {
  it('prints a passage cited by several cells once, referenced from each', () => {
    const p = prepareExport(matrixWithSharedQuote(), documents, opts(), ctx);
    const shared = p.footnotes.find((f) => f.uses.length === 2)!;
    expect(shared.uses.map((u) => u.demand)).toEqual(['non-expansion', 'rollback-1997']);
    expect(p.footnotes).toHaveLength(new Set(p.citations.map((c) => `${c.document.id}:${c.start}`)).size);
    const { html } = renderPrintHtml(matrixWithSharedQuote(), documents, opts(), ctx);
    expect(html.split('Sergei Ryabkov said Russia demands')).toHaveLength(2);
    expect(html.match(new RegExp(`\\[${shared.number}\\]`, 'g'))!.length).toBeGreaterThanOrEqual(3);
    // Each use keeps its own reading: own statement for one cell, reported for the other.
    const fn = html.slice(html.indexOf(`id="fn-${shared.number}"`));
    expect(fn).toContain('No further NATO expansion: ✔ Supports <span class="sp-muted">(own statement)');
    expect(fn).toContain('Rollback to 1997 lines: ✔ Supports <span class="sp-muted">(reported)');
  });

  it('prints no internal ids', () => {
    const { html } = renderPrintHtml(matrixWithSharedQuote(), documents, opts(), ctx);
    const body = html.slice(html.indexOf('<body'));
    for (const id of ['non-expansion', 'rollback-1997', 'missile-deployment', 'united-states'])
      expect(body.replace(/class="[^"]*"|id="[^"]*"/g, '')).not.toContain(id);
  });

  it('leaves out parties and demands with no position by default, and says so; keeps them on request', () => {
    const p = prepareExport(matrixWithSharedQuote(), documents, opts(), ctx);
    expect(p.parties.map((x) => x.id)).toEqual(['russia', 'united-states', 'nato']);
    expect(p.demands.map((x) => x.id)).toEqual(['non-expansion', 'rollback-1997', 'missile-deployment']);
    expect(renderPrintHtml(matrixWithSharedQuote(), documents, opts(), ctx).html).toContain(
      'No recorded position, so left out: OSCE, Sanctions relief.',
    );
    const all = prepareExport(matrixWithSharedQuote(), documents, opts({ omitEmpty: false }), ctx);
    expect(all.parties).toHaveLength(4);
    expect(all.demands).toHaveLength(4);
  });

  it('counts a cell with only analyst work as a position, as the print dialog announces', () => {
    const m = matrixWithSharedQuote();
    const kept = leaveOutEmpty(m, m.parties, m.demands);
    expect(kept.omitted.parties.map((p) => p.id)).toEqual(['osce']);
    expect(kept.omitted.demands.map((d) => d.id)).toEqual(['sanctions']);
    m.cells.push({
      ...silentCell('osce', 'sanctions'),
      notes: [
        {
          id: 'n1',
          target: { kind: 'cell' },
          text: 'Asked, no answer yet.',
          author: 'A',
          createdAt: '',
          updatedAt: '',
        },
      ],
    } as EffectiveCell);
    const withNote = leaveOutEmpty(m, m.parties, m.demands);
    expect(withNote.omitted).toEqual({ parties: [], demands: [] });
    expect(withNote.parties.map((p) => p.id)).toEqual(
      prepareExport(m, documents, opts(), ctx).parties.map((p) => p.id),
    );
  });

  it('follows the order of parties and demands it is given', () => {
    const p = prepareExport(
      effectiveMatrix(),
      documents,
      opts({
        parties: ['nato', 'russia'],
        demands: ['missile-deployment', 'non-expansion'],
        omitEmpty: false,
      }),
      ctx,
    );
    expect(p.rows.map((r) => r.map((c) => `${c.party.id}|${c.demand.id}`))).toEqual([
      ['nato|missile-deployment', 'nato|non-expansion'],
      ['russia|missile-deployment', 'russia|non-expansion'],
    ]);
  });

  it('gives each cell its weight: sources, own or reported, the latest date and a single-source flag', () => {
    const p = prepareExport(matrixWithSharedQuote(), documents, opts(), ctx);
    const rollback = p.rows[0]![1]!;
    expect(rollback.evidence).toMatchObject({
      sources: 1,
      ownSources: 0,
      reportedSources: 1,
      latest: '2021-12-17',
    });
    const { html } = renderPrintHtml(matrixWithSharedQuote(), documents, opts(), ctx);
    const cell = html.slice(html.indexOf('<tr><th scope="row">Russia</th>')).split('</td>')[1]!;
    expect(cell).toContain('⚑ single source: 1 reported');
    expect(cell).toContain('latest 17 Dec 2021');
    const us = html.slice(html.indexOf('<tr><th scope="row">United States</th>')).split('</td>')[0]!;
    expect(us).toContain('⚑ single source: 1 own');
    const { text } = renderMarkdownBriefing(matrixWithSharedQuote(), documents, opts(), ctx);
    expect(text).toContain('⚑ single source: 1 reported · latest 2021-12-17');
  });

  it('opens with the key judgements: cell notes marked key, or the lines edited for this print', () => {
    const m = effectiveMatrix();
    const ru = m.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!;
    ru.notes[0] = { ...ru.notes[0]!, key: true, text: 'Moscow will not move on this.' };
    const p = prepareExport(m, documents, opts(), ctx);
    expect(p.keyJudgements).toEqual(['Russia — No further NATO expansion: Moscow will not move on this.']);
    const { html } = renderPrintHtml(m, documents, opts(), ctx);
    expect(html.indexOf('<h2>Key judgements</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2>Key judgements</h2>')).toBeLessThan(html.indexOf('<table class="sp-matrix">'));
    expect(html).toContain('<li>Russia — No further NATO expansion: Moscow will not move on this.</li>');
    const edited = renderPrintHtml(
      m,
      documents,
      opts({ keyJudgements: ['Talks will stall.', ' '] }),
      ctx,
    ).html;
    expect(edited).toContain('<li>Talks will stall.</li>');
    expect(edited).not.toContain('Moscow will not move on this.</li>');
    expect(renderPrintHtml(m, documents, opts({ keyJudgements: [] }), ctx).html).not.toContain(
      '<h2>Key judgements</h2>',
    );
  });

  it('writes footnote references as short runs', () => {
    expect(numberList([7, 1, 2, 3, 3, 9, 10])).toBe('1–3, 7, 9, 10');
    expect(numberList([4])).toBe('4');
    expect(numberList([])).toBe('');
  });
});
