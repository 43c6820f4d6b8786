/**
 * The seed corpus pinned: what a careful reader of the five articles would state, derived by the
 * pipeline from the texts and the ontology alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatrixCell, StanceMatrix } from '../model/matrix';
import { deriveMatrix } from './derive-matrix';
import { seedDocuments, seedOntology } from './test-support/seed-corpus';

let matrix: StanceMatrix;
const cell = (party: string, demand: string): MatrixCell => {
  const found = matrix.cells.find((c) => c.party === party && c.demand === demand);
  if (!found) throw new Error(`no cell ${party} × ${demand}`);
  return found;
};
const cites = (c: MatrixCell, document: string, fragment: string) =>
  c.citations.find((x) => x.document === document && x.quote.includes(fragment));

beforeAll(() => {
  matrix = deriveMatrix(seedDocuments(), seedOntology());
});

describe('seed corpus: the nine pinned stances', () => {
  it.each([
    ['russia', 'non-expansion', 'supports'],
    ['russia', 'rollback-1997', 'supports'],
    ['russia', 'missile-deployment', 'supports'],
    ['united-states', 'non-expansion', 'rejects'],
    ['united-states', 'rollback-1997', 'rejects'],
    ['united-states', 'missile-deployment', 'open'],
    ['nato', 'non-expansion', 'rejects'],
    ['nato', 'rollback-1997', 'rejects'],
    ['nato', 'missile-deployment', 'open'],
  ])('%s × %s is %s, backed by citations that agree', (party, demand, stance) => {
    const c = cell(party, demand);
    expect(c.stance).toBe(stance);
    expect(c.citations.length).toBeGreaterThan(0);
    expect(c.citations.some((x) => x.stance === stance)).toBe(true);
    expect(c.confidence).toBeGreaterThan(0);
  });

  it('cites Sherman\'s "non-starter" (CNS News, 11 Jan 2022) for US × non-expansion', () => {
    const c = cites(
      cell('united-states', 'non-expansion'),
      'cnsnews-2022-01-11-no-reason-for-optimism',
      'non-starter',
    );
    expect(c).toMatchObject({ stance: 'rejects', cue: 'non-starter', published: '2022-01-11' });
    expect(c?.attribution).toMatchObject({ party: 'united-states', kind: 'speaker', matched: 'Sherman' });
    expect(c?.voice).toBe('own');
  });

  it('cites "The US rejected the first two provisions, accepting dialogue on the third one" (Izvestia, 28 Jan)', () => {
    const doc = 'izvestia-2022-01-28-condensed';
    const fragment = 'The US rejected the first two provisions, accepting dialogue on the third one';
    expect(cites(cell('united-states', 'non-expansion'), doc, fragment)?.stance).toBe('rejects');
    expect(cites(cell('united-states', 'rollback-1997'), doc, fragment)?.stance).toBe('rejects');
    const open = cites(cell('united-states', 'missile-deployment'), doc, fragment);
    expect(open).toMatchObject({ stance: 'open', cue: 'accepting dialogue' });
    expect(open?.demandMatch).toContain('the third one');
  });

  it('cites the alliance "categorically rejecting the first two" and ready to discuss "the third point"', () => {
    const doc = 'izvestia-2022-01-14-full-translation';
    const fragment = 'readiness to discuss only the third point, categorically rejecting the first two';
    expect(cites(cell('nato', 'non-expansion'), doc, fragment)?.stance).toBe('rejects');
    expect(cites(cell('nato', 'rollback-1997'), doc, fragment)?.stance).toBe('rejects');
    expect(cites(cell('nato', 'missile-deployment'), doc, fragment)?.stance).toBe('open');
  });

  it('cites Russia putting forward its three demands, for each of them', () => {
    for (const demand of ['non-expansion', 'rollback-1997', 'missile-deployment']) {
      const c = cites(
        cell('russia', demand),
        'izvestia-2022-01-14-full-translation',
        'Russia put forward three key demands',
      );
      expect(c?.stance).toBe('supports');
      expect(c?.attribution.party).toBe('russia');
    }
  });

  it('has one cell for every party × demand, "none" where the corpus says nothing', () => {
    expect(matrix.cells).toHaveLength(matrix.parties.length * matrix.demands.length);
    expect(cell('eu', 'non-expansion').stance).toBe('none');
    expect(cell('eu', 'non-expansion').citations).toEqual([]);
  });
});

describe('seed corpus: every citation is verbatim and explained', () => {
  it('quote === text.slice(start, end) for every citation', () => {
    const texts = new Map(seedDocuments().map((d) => [d.id, d.text]));
    const all = matrix.cells.flatMap((c) => c.citations);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) expect(texts.get(c.document)?.slice(c.start, c.end)).toBe(c.quote);
  });

  it('every citation carries the cue found in its quote and the attribution of its party', () => {
    for (const c of matrix.cells.flatMap((x) => x.citations)) {
      expect(c.cue.length).toBeGreaterThan(0);
      expect(c.quote.toLowerCase()).toContain(c.cue.toLowerCase());
      expect(c.attribution.party).toBe(c.party);
      // The words that named the holder are in the quote, or, for "he said" and "we", earlier in the document.
      const text = seedDocuments().find((d) => d.id === c.document)!.text;
      if (['previous-speaker', 'first-person'].includes(c.attribution.kind))
        expect(text.slice(0, c.end)).toContain(c.attribution.matched);
      else expect(c.quote).toContain(c.attribution.matched);
      expect(['own', 'reported']).toContain(c.voice);
      expect(c.weight).toBeGreaterThan(0);
      expect(c.demandMatch.length).toBeGreaterThan(0);
      expect(c.key).toBe(`${c.document}:${c.start}-${c.end}:${c.party}:${c.demand}`);
    }
  });

  it('lists citations newest first, counts a translation and its original as one source, records a timeline', () => {
    const c = cell('russia', 'non-expansion');
    const dates = c.citations.map((x) => x.published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const documents = new Set(c.citations.map((x) => x.document));
    const roots = new Set(
      [...documents].map((d) =>
        d === 'izvestia-2022-01-14-full-translation' ? 'izvestia-2022-01-14-condensed' : d,
      ),
    );
    expect(c.sources).toBe(roots.size);
    expect(c.timeline.map((t) => t.date)).toEqual([...new Set(dates)].sort());
  });

  it('reports statistics and no problems on the clean seed corpus', () => {
    expect(matrix.stats.documents).toBe(5);
    expect(matrix.stats.sentences).toBeGreaterThan(100);
    expect(matrix.stats.citations).toBe(matrix.cells.reduce((n, c) => n + c.citations.length, 0));
    expect(matrix.problems).toEqual([]);
  });
});
