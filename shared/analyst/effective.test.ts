import { describe, expect, it } from 'vitest';
import type { AnalystData } from '../model/analyst';
import type { Citation, MatrixCell, StanceMatrix } from '../model/matrix';
import { buildEffectiveMatrix } from './effective';
import { emptyAnalystData } from './migrate';

const authored = { author: 'A', createdAt: 't', updatedAt: 't' };
const citation = (key: string): Citation => ({
  key,
  document: 'd1',
  start: 0,
  end: 4,
  quote: 'text',
  party: 'nato',
  demand: 'missile-deployment',
  stance: 'open',
  cue: 'open to',
  negated: false,
  attribution: { party: 'nato', kind: 'speaker', matched: 'NATO', role: null, speaker: null },
  demandMatch: 'missiles',
  published: null,
  voice: 'own',
  modality: 'present',
  weight: 1,
  resolvedFrom: null,
});
const cell = (party: string, demand: string, citations: Citation[] = []): MatrixCell => ({
  party,
  demand,
  stance: citations.length ? 'open' : 'none',
  confidence: 0.5,
  citations,
  sources: citations.length,
  ownSources: citations.length,
  mentions: [],
  timeline: [],
});
const matrix: StanceMatrix = {
  schemaVersion: 2,
  generatedAt: 't',
  documents: [],
  parties: [],
  demands: [],
  cells: [
    cell('nato', 'missile-deployment', [citation('c1'), citation('c2')]),
    cell('russia', 'missile-deployment'),
  ],
  problems: [],
  stats: { documents: 0, sentences: 0, citations: 0, errors: 0, millis: 0 },
};
const anchor = { document: 'd1', documentHash: 'h', start: 5, end: 9, quote: 'more', prefix: '', suffix: '' };

const data: AnalystData = {
  ...emptyAnalystData(),
  notes: [
    {
      ...authored,
      id: 'n1',
      target: { kind: 'cell', party: 'nato', demand: 'missile-deployment' },
      text: 'cell',
    },
    { ...authored, id: 'n2', target: { kind: 'citation', citationKey: 'c2' }, text: 'on c2' },
    { ...authored, id: 'n3', target: { kind: 'citation', citationKey: 'ac1' }, text: 'on my citation' },
    { ...authored, id: 'n4', target: { kind: 'range', anchor }, text: 'range only' },
  ],
  overrides: [
    {
      ...authored,
      id: 'o1',
      party: 'nato',
      demand: 'missile-deployment',
      stance: 'rejects',
      rationale: 'Later.',
    },
  ],
  citations: [
    {
      ...authored,
      id: 'ac1',
      party: 'nato',
      demand: 'missile-deployment',
      stance: 'rejects',
      anchor,
      comment: '',
    },
  ],
  rejections: [{ ...authored, id: 'r1', citationKey: 'c1', reason: 'Wrong speaker.' }],
};

describe('buildEffectiveMatrix', () => {
  it('lays overrides, notes, analyst citations and rejections over the derived cells', () => {
    const effective = buildEffectiveMatrix(matrix, data, {
      ac1: { status: 'reanchored', start: 15, end: 19 },
    });
    const [nato, russia] = effective.cells;
    expect(nato).toMatchObject({ stance: 'rejects', derivedStance: 'open', override: { id: 'o1' } });
    expect(nato!.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(nato!.analystCitations).toEqual([
      { ...data.citations[0], resolution: { status: 'reanchored', start: 15, end: 19 } },
    ]);
    expect(Object.keys(nato!.rejections)).toEqual(['c1']);
    expect(nato!.citations).toHaveLength(2); // rejected citations stay, marked
    expect(russia).toMatchObject({
      stance: 'none',
      derivedStance: 'none',
      override: null,
      notes: [],
      analystCitations: [],
      rejections: {},
    });
    expect(matrix.cells[0]!.stance).toBe('open');
  });

  it('gives a silent cell the stance of the analyst’s own citations, never a derived one', () => {
    const cite = (id: string, stance: 'open' | 'rejects') => ({
      ...data.citations[0]!,
      id,
      party: 'russia',
      stance,
    });
    const anchored = { status: 'anchored' as const, start: 5, end: 9 };
    const one = buildEffectiveMatrix(matrix, { ...data, citations: [cite('a', 'open')] }, { a: anchored });
    expect(one.cells[1]).toMatchObject({ stance: 'open', derivedStance: 'none', override: null });
    const split = buildEffectiveMatrix(
      matrix,
      { ...data, citations: [cite('a', 'open'), cite('b', 'rejects')] },
      { a: anchored, b: anchored },
    );
    expect(split.cells[1]!.stance).toBe('unclear');
    // An orphaned citation (its passage gone from the source) decides nothing.
    expect(
      buildEffectiveMatrix(matrix, { ...data, citations: [cite('a', 'open')] }, {}).cells[1]!.stance,
    ).toBe('none');
  });

  it('shows an analyst citation without a resolution as orphaned rather than hiding it', () => {
    const effective = buildEffectiveMatrix(matrix, data, {});
    expect(effective.cells[0]!.analystCitations[0]!.resolution).toEqual({
      status: 'orphaned',
      start: 5,
      end: 9,
    });
  });
});
