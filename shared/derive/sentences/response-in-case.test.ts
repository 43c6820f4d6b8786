/**
 * A proposer readying a response to the demand's opposite, told before the condition: "Moscow is
 * preparing a response in case NATO deploys missiles in Poland", "Russia would feel a real threat, the
 * envoy said, if strike weapons were deployed nearby", "Russia will respond if …". The one responding
 * wants the demand. And what a party is said to do "in case" something happens is no act of it ("in
 * case NATO deploys missiles" is no deployment). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MD = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"responses in case" the alliance places its weapons: the proposer wants them kept away',
    text: 'The Kremlin is weighing several possible responses in case the alliance places its missiles near Russia, Peskov said.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'responses' }],
    none: [['nato', MD]],
  },
  {
    name: 'a threat felt, told before the condition and past an attribution',
    text: 'Russia would feel a grave threat, Grushko said on Friday, if strike weapons were deployed close to its borders.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'grave threat' }],
    none: [['nato', MD]],
  },
  {
    name: 'will respond if the alliance admits a new member',
    text: 'Russia will respond if Ukraine joins NATO, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'will respond' }],
  },
  {
    name: 'trap: a side that made no demand responding is no proposer asking',
    text: 'NATO will respond if Russia deploys missiles in Belarus, Stoltenberg said.',
    expect: [],
    none: [
      ['nato', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'trap: what the alliance would do "in case" is no deployment of its own',
    text: 'Minsk is preparing a response in case NATO deploys missiles in Poland, Lukashenko said.',
    expect: [],
    none: [['nato', MD]],
  },
];

describe('a response readied for the demand’s opposite', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
