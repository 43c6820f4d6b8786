/**
 * A small hand-made effective matrix for unit tests: three parties, three demands, two documents,
 * one override, notes on a cell and on a citation, one analyst citation and one rejection.
 */
import { silentCell } from '../../analyst/effective';
import type { SourceDocument } from '../../model/corpus';
import type { EffectiveCell, EffectiveMatrix } from '../../model/effective';
import type { Citation, MatrixDocument } from '../../model/matrix';
import type { Stance } from '../../model/stance';

const TEXT_A =
  'MOSCOW, Dec. 17 — Deputy Foreign Minister Sergei Ryabkov said Russia demands "legally binding guarantees" that NATO will not expand eastward. ' +
  'Washington rejected any halt to NATO enlargement, a U.S. official said. "We are open to talks on missile deployments," the official added.';
const TEXT_B =
  'BRUSSELS — The alliance said it will not "roll back" to 1997 positions, and Stoltenberg said NATO\'s door "remains open", with "quotes", commas & <tags>.';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export const documents: SourceDocument[] = [
  {
    id: 'doc-a',
    path: 'a.txt',
    title: 'Russia sets out demands',
    outlet: 'Wire "Service"',
    author: null,
    published: '2021-12-17',
    publishedNote: null,
    language: 'en',
    translationOf: null,
    text: TEXT_A,
    hash: HASH_A,
  },
  {
    id: 'doc-b',
    path: 'b.txt',
    title: 'NATO answers, <b>firmly</b>',
    outlet: null,
    author: null,
    published: '2022-01-26',
    publishedNote: null,
    language: 'en',
    translationOf: null,
    text: TEXT_B,
    hash: HASH_B,
  },
];

const matrixDocs: MatrixDocument[] = documents.map(
  ({ id, path, title, outlet, published, language, translationOf, hash }) => ({
    id,
    path,
    title,
    outlet,
    published,
    language,
    translationOf,
    hash,
  }),
);

function cite(docId: string, quote: string, party: string, demand: string, stance: Stance): Citation {
  const doc = documents.find((d) => d.id === docId)!;
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  const end = start + quote.length;
  return {
    key: `${docId}:${start}-${end}:${party}:${demand}`,
    document: docId,
    start,
    end,
    quote,
    party,
    demand,
    stance,
    cue: 'said',
    negated: false,
    attribution: { party, kind: 'speaker', matched: party, role: null, speaker: null },
    demandMatch: demand,
    published: doc.published,
    voice: 'own',
    modality: 'present',
    weight: 1,
    resolvedFrom: null,
  };
}

const authored = (id: string) => ({
  id,
  author: 'A. Analyst',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
});

function cell(
  party: string,
  demand: string,
  stance: Stance,
  citations: Citation[] = [],
  extra: Partial<EffectiveCell> = {},
): EffectiveCell {
  const sources = new Set(citations.map((c) => c.document)).size;
  return {
    ...silentCell(party, demand),
    stance,
    derivedStance: stance,
    confidence: citations.length ? 0.7 : 0,
    citations,
    sources,
    ownSources: sources,
    ...extra,
  };
}

const ruNonExp = cite(
  'doc-a',
  'Sergei Ryabkov said Russia demands "legally binding guarantees" that NATO will not expand eastward.',
  'russia',
  'non-expansion',
  'supports',
);
const usNonExp = cite(
  'doc-a',
  'Washington rejected any halt to NATO enlargement, a U.S. official said.',
  'united-states',
  'non-expansion',
  'rejects',
);
const usMissile = cite(
  'doc-a',
  '"We are open to talks on missile deployments," the official added.',
  'united-states',
  'missile-deployment',
  'open',
);
const natoRollback = cite(
  'doc-b',
  'The alliance said it will not "roll back" to 1997 positions',
  'nato',
  'rollback-1997',
  'rejects',
);
const natoNonExp = cite(
  'doc-b',
  'Stoltenberg said NATO\'s door "remains open", with "quotes", commas & <tags>.',
  'nato',
  'non-expansion',
  'rejects',
);

export const OVERRIDE_RATIONALE = 'Later statements show a softer line; "rejects" overstates it.';
export const CELL_NOTE = 'Check the Russian original, | pipes | and *stars* survive.';
export const CITATION_NOTE = 'Quoted second-hand, via an unnamed official.';

export function effectiveMatrix(): EffectiveMatrix {
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-23T05:00:00Z',
    documents: matrixDocs,
    parties: [
      { id: 'russia', name: 'Russia', aliases: [] },
      { id: 'united-states', name: 'United States', aliases: [] },
      { id: 'nato', name: 'NATO', aliases: [] },
    ],
    demands: [
      { id: 'non-expansion', title: 'No further NATO expansion', description: '', phrases: [] },
      { id: 'rollback-1997', title: 'Rollback to 1997 lines', description: '', phrases: [] },
      { id: 'missile-deployment', title: 'No missile deployments', description: '', phrases: [] },
    ],
    cells: [
      cell('russia', 'non-expansion', 'supports', [ruNonExp], {
        notes: [
          {
            ...authored('n1'),
            target: { kind: 'cell', party: 'russia', demand: 'non-expansion' },
            text: CELL_NOTE,
          },
        ],
      }),
      cell('russia', 'rollback-1997', 'none'),
      cell('russia', 'missile-deployment', 'none'),
      cell('united-states', 'non-expansion', 'rejects', [usNonExp], {
        notes: [
          { ...authored('n2'), target: { kind: 'citation', citationKey: usNonExp.key }, text: CITATION_NOTE },
        ],
      }),
      cell('united-states', 'rollback-1997', 'none'),
      cell('united-states', 'missile-deployment', 'open', [usMissile]),
      cell('nato', 'non-expansion', 'open', [natoNonExp], {
        derivedStance: 'rejects',
        override: {
          ...authored('o1'),
          party: 'nato',
          demand: 'non-expansion',
          stance: 'open',
          rationale: OVERRIDE_RATIONALE,
        },
      }),
      cell('nato', 'rollback-1997', 'rejects', [natoRollback], {
        analystCitations: [
          {
            ...authored('ac1'),
            party: 'nato',
            demand: 'rollback-1997',
            stance: 'rejects',
            comment: 'Same line in the Brussels briefing.',
            anchor: {
              document: 'doc-b',
              documentHash: HASH_B,
              start: TEXT_B.indexOf("NATO's door"),
              end: TEXT_B.indexOf("NATO's door") + "NATO's door".length,
              quote: "NATO's door",
              prefix: '',
              suffix: '',
            },
            resolution: {
              status: 'anchored',
              start: TEXT_B.indexOf("NATO's door"),
              end: TEXT_B.indexOf("NATO's door") + 11,
            },
          },
        ],
      }),
      // The missing nato × missile-deployment cell is deliberate: exporters must fill it as "none".
    ],
    problems: [],
    stats: { documents: 2, sentences: 5, citations: 5, errors: 0, millis: 1 },
  };
}

export { usNonExp as rejectedCandidate };
