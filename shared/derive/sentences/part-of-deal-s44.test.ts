/**
 * A demand told as part of a deal still to be made, from the side it is put to: "U.S. official agrees
 * rolling back tariffs would be part of a Phase 1 China deal", "a US official confirmed the rollback of
 * tariffs would be part of the first phase of a trade agreement", "agreed that … would be part of a
 * phase one deal". The side asked is open (a step on the deal's condition), not granting the demand.
 * Traps: a question ("whether Washington agrees …"), the side that asks the demand (its support stays,
 * nothing read for the other side), and "part of" something that is no deal ("part of the discussion").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const uscn = evalOntology('us-china-trade-2019.json');
const published = '2019-11-07';

const cases: ReadingCase[] = [
  {
    name: 'a headline with a bare content clause: "… agrees rolling back tariffs would be part of a Phase 1 China deal"',
    text: 'U.S. official agrees rolling back tariffs would be part of a Phase 1 China deal',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'tariff-removal',
        stance: 'open',
        quote: 'would be part of a Phase 1',
      },
    ],
  },
  {
    name: '"confirmed the rollback of tariffs would be part of the first phase of a trade agreement"',
    text: 'A US official confirmed the rollback of tariffs would be part of the first phase of a trade agreement.',
    published,
    expect: [
      { party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'confirmed the rollback' },
    ],
  },
  {
    name: '"agreed that … would be part of a deal": open, not the support "agreed" would give',
    text: 'A U.S. official agreed that rolling back tariffs would be part of a phase one deal.',
    published,
    expect: [
      { party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'agreed that rolling back' },
    ],
  },
  {
    name: 'trap: a question ("whether Washington agrees …")',
    text: 'Analysts asked whether Washington agrees rolling back tariffs would be part of a phase one deal.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
  {
    name: 'trap: the side that asks the demand keeps its support',
    text: 'China insists that rolling back tariffs would be part of any deal.',
    published,
    expect: [{ party: 'china', demand: 'tariff-removal', stance: 'supports', quote: 'China insists' }],
    none: [['united-states', 'tariff-removal']],
  },
  {
    name: 'trap: "part of" something that is no deal',
    text: 'A U.S. official agrees rolling back tariffs would be part of the discussion next week.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
];

describe('a demand told as part of a deal to come', () => {
  for (const c of cases) it(c.name, () => checkReading(c, uscn));
});
