import { describe, expect, it } from 'vitest';
import type { EffectiveCell } from '../model/effective';
import type { Citation } from '../model/matrix';
import { silentCell } from './effective';
import { cellEvidence, evidenceTimeline, summarizeEvidence } from './evidence';

const documents = new Map([
  ['cns', { published: '2022-01-11', translationOf: null }],
  ['izv-ru', { published: '2022-01-14', translationOf: null }],
  ['izv-en', { published: '2022-01-14', translationOf: 'izv-ru' }],
  ['undated', { published: null, translationOf: null }],
]);

const citation = (document: string, start: number, over: Partial<Citation> = {}): Citation => ({
  key: `${document}:${start}`,
  document,
  start,
  end: start + 4,
  quote: 'text',
  party: 'us',
  demand: 'nx',
  stance: 'rejects',
  cue: 'reject',
  negated: false,
  attribution: { party: 'us', kind: 'speaker', matched: 'Sherman', role: null, speaker: null },
  voice: 'reported',
  modality: 'present',
  weight: 1,
  resolvedFrom: null,
  demandMatch: 'expansion',
  published: documents.get(document)?.published ?? null,
  ...over,
});

const stamp = { author: 'Ann', createdAt: 't', updatedAt: 't' };
function cell(citations: Citation[], over: Partial<EffectiveCell> = {}): EffectiveCell {
  const stance = citations.length ? 'rejects' : 'none';
  return { ...silentCell('us', 'nx'), stance, derivedStance: stance, citations, ...over };
}

const analystCitation = (id: string, document: string, status: 'anchored' | 'orphaned' = 'anchored') => ({
  id,
  ...stamp,
  party: 'us',
  demand: 'nx',
  stance: 'open' as const,
  anchor: { document, documentHash: 'h', start: 0, end: 4, quote: 'text', prefix: '', suffix: '' },
  comment: '',
  resolution: { status, start: 0, end: 4 },
});

describe('a cell’s evidence', () => {
  it('counts a translation with its original and a source once however often it is quoted', () => {
    const c = cell([citation('cns', 0), citation('cns', 40), citation('izv-ru', 0), citation('izv-en', 0)]);
    expect(summarizeEvidence(c, documents)).toEqual({
      citations: 4,
      sources: 2,
      ownSources: 0,
      reportedSources: 2,
      latest: '2022-01-14',
    });
  });

  it('adds the analyst’s own citations and leaves out rejected and orphaned ones', () => {
    const derived = [citation('cns', 0), citation('izv-ru', 0)];
    const c = cell(derived, {
      rejections: { [derived[1]!.key]: { id: 'r', ...stamp, citationKey: derived[1]!.key, reason: 'no' } },
      analystCitations: [analystCitation('a1', 'undated'), analystCitation('a2', 'izv-en', 'orphaned')],
    });
    const items = cellEvidence(c, documents);
    expect(items.map((i) => [i.kind, i.key])).toEqual([
      ['derived', 'cns:0'],
      ['analyst', 'a1'],
    ]);
    expect(summarizeEvidence(c, documents)).toMatchObject({ citations: 2, sources: 2, latest: '2022-01-11' });
  });

  it('an analyst citation alone is one citation from one dated source', () => {
    const c = cell([], { analystCitations: [analystCitation('a1', 'cns')] });
    expect(summarizeEvidence(c, documents)).toMatchObject({ citations: 1, sources: 1, latest: '2022-01-11' });
    expect(evidenceTimeline(cellEvidence(c, documents), documents)).toEqual([
      { date: '2022-01-11', stance: 'open', documents: ['cns'] },
    ]);
  });

  it('narrows to one source family and a date range', () => {
    const c = cell([citation('cns', 0), citation('izv-en', 0), citation('undated', 0)]);
    expect(summarizeEvidence(c, documents, { source: 'izv-ru' })).toMatchObject({ citations: 1, sources: 1 });
    expect(summarizeEvidence(c, documents, { dateFrom: '2022-01-12' })).toMatchObject({ citations: 1 });
    expect(summarizeEvidence(c, documents, { dateTo: '2022-01-12' })).toMatchObject({ citations: 1 });
  });

  it('counts sources with an own statement and those only reported', () => {
    const own: Partial<Citation> = { voice: 'own' };
    const reported: Partial<Citation> = { voice: 'reported' };
    const c = cell([citation('cns', 0, own), citation('cns', 9, reported), citation('izv-ru', 0, reported)]);
    expect(summarizeEvidence(c, documents)).toMatchObject({ sources: 2, ownSources: 1, reportedSources: 1 });
  });

  it('dates the timeline from the evidence, undated last, and calls an even split unclear', () => {
    const c = cell([
      citation('cns', 0),
      citation('izv-ru', 0, { stance: 'supports' }),
      citation('izv-ru', 9, { stance: 'rejects' }),
      citation('undated', 0),
    ]);
    expect(evidenceTimeline(cellEvidence(c, documents), documents).map((t) => [t.date, t.stance])).toEqual([
      ['2022-01-11', 'rejects'],
      ['2022-01-14', 'unclear'],
      [null, 'rejects'],
    ]);
  });
});
