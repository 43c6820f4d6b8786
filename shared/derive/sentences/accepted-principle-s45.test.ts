/**
 * The proposer named as granting what its demand's opposite says, in a clause hung on a noun in
 * apposition: "each state may choose its alliances, a principle Moscow, in his words, has never disputed",
 * "…, a principle Russia says it respects". Granting the principle is no grievance against it, so the
 * proposer named there does not hold its demand (before, it was read as supporting the halt to
 * enlargement, as a proposer named with its demand's words is). What the proposer refuses is still its
 * own ("…, a principle Moscow rejects").
 * Traps: "has never disputed" with an aside, "says it respects", "has never questioned" with the Kremlin
 * and an aside. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the proposer refusing the principle holds its demand',
    text: 'Each state may freely choose its alliances, a principle Moscow rejects.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'a principle Moscow rejects' }],
  },
  {
    name: "another party refusing the proposer's demand, named in apposition",
    text: 'Moscow wants a guarantee that Ukraine will never join NATO, a principle Washington rejects.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'Moscow wants a guarantee' }],
  },
  {
    name: 'trap: "a principle Moscow, in his words, has never disputed"',
    text: 'The Western capitals had answered that each state may freely choose its alliances, a principle Moscow, in his words, has never disputed.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "a principle Russia says it respects"',
    text: 'Every country has the right to choose its alliances, a principle Russia says it respects.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "a principle the Kremlin, in its statement, has never questioned"',
    text: 'Ukraine may choose its alliances, a principle the Kremlin, in its statement, has never questioned.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
];

describe('the proposer granting the principle opposite its demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
