/** A tiny hand-made matrix for store and selector tests. */
import type { Citation, StanceMatrix } from '../../../shared/model';
import type { AnalystSnapshot } from './types';

export function citation(
  over: Partial<Citation> & Pick<Citation, 'party' | 'demand' | 'document'>,
): Citation {
  const start = over.start ?? 0;
  return {
    key: `${over.document}:${start}-${start + 5}:${over.party}:${over.demand}`,
    start,
    end: start + 5,
    quote: 'quote',
    stance: 'rejects',
    cue: 'non-starter',
    negated: false,
    attribution: { party: over.party, kind: 'speaker', matched: 'Sherman', role: null, speaker: null },
    demandMatch: 'expansion',
    published: '2022-01-11',
    voice: 'own',
    modality: 'present',
    weight: 1,
    resolvedFrom: null,
    ...over,
  };
}

export function testMatrix(): StanceMatrix {
  const us = [
    citation({ party: 'us', demand: 'nx', document: 'cns', published: '2022-01-11' }),
    citation({ party: 'us', demand: 'nx', document: 'izv-ru', start: 10, published: '2022-01-14' }),
    citation({ party: 'us', demand: 'nx', document: 'izv-en', start: 10, published: '2022-01-14' }),
  ];
  const ru = [citation({ party: 'ru', demand: 'nx', document: 'cns', stance: 'supports', start: 20 })];
  return {
    schemaVersion: 2,
    generatedAt: '2022-02-01T00:00:00Z',
    documents: [
      {
        id: 'cns',
        path: 'cns.txt',
        title: 'No reason for optimism',
        outlet: 'CNS News',
        published: '2022-01-11',
        language: 'en',
        translationOf: null,
        hash: 'a',
      },
      {
        id: 'izv-ru',
        path: 'izv.txt',
        title: 'Izvestia',
        outlet: 'Izvestia',
        published: '2022-01-14',
        language: 'ru',
        translationOf: null,
        hash: 'b',
      },
      {
        id: 'izv-en',
        path: 'izv-en.txt',
        title: 'Izvestia (translation)',
        outlet: 'Izvestia',
        published: '2022-01-14',
        language: 'en',
        translationOf: 'izv-ru',
        hash: 'c',
      },
    ],
    parties: [
      { id: 'us', name: 'United States', aliases: [] },
      { id: 'ru', name: 'Russia', aliases: [] },
    ],
    demands: [
      { id: 'nx', title: 'NATO non-expansion', description: '', phrases: [] },
      { id: 'md', title: 'Missile deployment', description: '', phrases: [] },
    ],
    cells: [
      {
        party: 'us',
        demand: 'nx',
        stance: 'rejects',
        confidence: 0.8,
        citations: us,
        sources: 2,
        ownSources: 2,
        mentions: [],
        timeline: [],
      },
      {
        party: 'us',
        demand: 'md',
        stance: 'none',
        confidence: 0,
        citations: [],
        sources: 0,
        ownSources: 0,
        mentions: [],
        timeline: [],
      },
      {
        party: 'ru',
        demand: 'nx',
        stance: 'supports',
        confidence: 0.5,
        citations: ru,
        sources: 1,
        ownSources: 1,
        mentions: [],
        timeline: [],
      },
      {
        party: 'ru',
        demand: 'md',
        stance: 'none',
        confidence: 0,
        citations: [],
        sources: 0,
        ownSources: 0,
        mentions: [],
        timeline: [],
      },
    ],
    problems: [],
    stats: { documents: 3, sentences: 10, citations: 4, errors: 0, millis: 1 },
  };
}

/** An analyst snapshot as main answers it, with the given work in it. */
export const analystSnapshot = (data: Partial<AnalystSnapshot['data']> = {}): AnalystSnapshot => ({
  revision: 0,
  save: { saved: true, message: null },
  data: {
    schemaVersion: 2,
    notes: [],
    overrides: [],
    citations: [],
    rejections: [],
    ontologyEdits: [],
    ...data,
  },
  anchors: {},
  canUndo: true,
  canRedo: false,
  undoLabel: 'override',
  redoLabel: null,
  notices: [],
});
