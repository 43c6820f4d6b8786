/**
 * "stands behind" another's demand or a principle, with or without an adverb inside ("stands firmly
 * behind", "stood squarely behind"): backing, read as "stands by" is. Traps: standing behind something
 * in space ("stood behind the podium as … was read out"), a reason that "stands behind" a demand (no
 * party backs anything), and a backing only doubted by others ("Analysts doubt China stands behind …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-04';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"stands behind Moscow\'s demand": the backer supports it too',
    text: "China stands behind Moscow's demand for guarantees that NATO will not expand eastward.",
    published,
    expect: [
      { party: 'china', demand: NX, stance: 'supports', quote: 'stands behind' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
  {
    name: '"stands firmly behind": an adverb inside the verb',
    text: "Beijing stands firmly behind Moscow's demand for guarantees that NATO will not expand eastward.",
    published,
    expect: [{ party: 'china', demand: NX, stance: 'supports', quote: 'stands firmly behind' }],
  },
  {
    name: '"stood squarely behind Russia\'s call for a halt to NATO enlargement": past tense',
    text: "Minsk stood squarely behind Russia's call for a halt to NATO enlargement.",
    published,
    expect: [{ party: 'belarus', demand: NX, stance: 'supports', quote: 'stood squarely behind' }],
  },
  {
    name: '"stands behind the open-door policy": backing the demand\'s opposite rejects it',
    text: "Hungary stands behind the alliance's open-door policy.",
    published,
    expect: [{ party: 'hungary', demand: NX, stance: 'rejects', quote: 'stands behind' }],
  },
  {
    name: 'trap: standing behind a podium while a demand is read out backs nothing',
    text: "Stoltenberg stood behind the podium as Lavrov's demand for a halt to NATO enlargement was read out.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Lavrov's demand" }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a reason that "stands behind" a demand is no party backing it',
    text: "The reasoning that stands behind Moscow's demand for a halt to NATO enlargement is fear, Stoltenberg said.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "Analysts doubt China stands behind …" is no backing by China',
    text: "Analysts doubt China stands behind Moscow's demand for guarantees that NATO will not expand eastward.",
    published,
    expect: [],
    none: [['china', NX]],
  },
];

describe('"stands behind" a demand or principle is backing it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
