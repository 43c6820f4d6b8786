/**
 * A party's office after a word of rank, inside a prepositional phrase (subjects.ts, RANK_WORD): "The
 * U.S. delegation during talks with senior Russian representatives in Geneva rejected any possibility of
 * winding down NATO's open door" had read *Russia* as the subject of "rejected" (and so supporting
 * non-expansion), because "senior" stopped the look back for the preposition "with". A word of rank
 * ("senior", "top", "high-ranking", "visiting") before the office is passed like an article.
 * Found in coverage: frontnews.eu (2022-01-10) on Sherman's briefing after the Geneva talks.
 * Kept: a rank-led office opening the clause is still its subject ("Senior Russian officials rejected …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-10';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"The U.S. delegation during talks with senior Russian representatives … rejected": the US',
    text: "The U.S. delegation during talks with senior Russian representatives in Geneva rejected any rollback of NATO's open door policy.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected any rollback' }],
    none: [['russia', NX]],
  },
  {
    name: '"The NATO delegation in talks with top Russian diplomats rejected any halt": NATO',
    text: 'The NATO delegation in talks with top Russian diplomats rejected any halt to enlargement.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejected any halt' }],
    none: [['russia', NX]],
  },
  {
    name: 'kept: a rank-led office opening the clause is its subject',
    text: "Senior Russian officials rejected NATO's open door policy.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'rejected' }],
  },
  {
    name: 'trap: a meeting with senior diplomats states no position',
    text: 'NATO officials met with senior Russian diplomats in Brussels on Wednesday.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: talks with top officials, then a verdict on the meeting, name no demand',
    text: 'The American envoy, after talks with senior Russian officials, said the meeting was useful.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "with senior Russian officials" after the verb gives Russia nothing of the subject\'s refusal',
    text: "Washington rejected, in talks with high-ranking Russian officials, any rollback of NATO's open door policy.",
    published,
    expect: [],
    none: [['russia', NX]],
  },
];

describe('a word of rank before an office in a prepositional phrase', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
