/**
 * A readiness another party puts in doubt, its owner named after "the": "Lavrov questioned the US
 * willingness to discuss missiles", "Russian officials doubted the US readiness to limit …". The possessive
 * form ("questioned NATO's readiness") was already no one's position; with "the US" the owner was read open
 * as if it had said it was willing, and with "the American" the doubter's own subject took the readiness.
 * Read now: neither the owner nor the one who doubts holds anything.
 * Kept: a readiness welcomed or simply stated still is its owner's ("welcomed the US willingness to …",
 * "The US willingness to discuss … surprised Lavrov").
 * Traps: "questioned the US willingness", "doubted the US readiness", "questioned the American willingness",
 * "doubted the American readiness".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'kept: "welcomed the US willingness to discuss missile deployments" is the US open',
    text: 'Lavrov welcomed the US willingness to discuss missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'US willingness to discuss missile' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'kept: "The US willingness to discuss missiles surprised Lavrov" is the US open',
    text: 'The US willingness to discuss missiles surprised Lavrov.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'US willingness to discuss missiles' },
    ],
  },
  {
    name: 'kept: a welcome with a doubt of motives after it still reads the US open',
    text: 'Lavrov welcomed the US readiness to discuss missile deployments but questioned its motives.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: MD,
        stance: 'open',
        quote: 'US readiness to discuss missile deployments',
      },
    ],
  },
  {
    name: 'trap: "questioned the US willingness to discuss missiles" is no US openness',
    text: 'Lavrov questioned the US willingness to discuss missiles.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'trap: "doubted the US readiness to limit missile deployments" is no US openness',
    text: 'Russian officials doubted the US readiness to limit missile deployments.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'trap: "questioned the American willingness" is neither the US\'s nor the doubter\'s',
    text: 'Lavrov questioned the American willingness to discuss missiles.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'trap: "doubted the American readiness to limit missile deployments in Europe"',
    text: 'Peskov doubted the American readiness to limit missile deployments in Europe.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
    ],
  },
];

describe('a readiness named with "the US" and put in doubt is no one\'s (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
