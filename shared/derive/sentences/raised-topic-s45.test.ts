/**
 * A subject raised or tabled for the talks: "plans to raise the basing of missiles at the talks", "intends
 * to put missile deployments on the agenda", "will bring up the question of …". Raising a matter offers to
 * talk about it and says nothing of which way the one raising it wants it settled, so the subject there
 * is a topic: no stance. Before, "plans to" + "missiles" read as a plan to field missiles (a rejection
 * of the ban). Positives: a plan to field them still rejects the ban, also when "raise" is an amount
 * ("raise the number of missiles"), and the demand put as a restriction keeps its proposer.
 * Traps: raising, tabling and bringing up the matter, each with a party of the side the demand is put to.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'a plan to field missiles still rejects the ban',
    text: 'Washington plans to station missiles in Romania.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'plans to station missiles' }],
  },
  {
    name: '"raise the number of missiles" is an amount raised, not a topic',
    text: 'Washington plans to raise the number of missiles in Europe.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'raise the number of missiles' },
    ],
  },
  {
    name: 'the demand as a restriction, next to a raised topic of the other side',
    text: 'Russia demands a ban on the deployment of missiles near its borders, and Washington plans to raise the basing of missiles at the talks.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'Russia demands a ban' }],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "plans to raise the basing of missiles at the talks"',
    text: 'Washington plans to raise the basing of missiles at the talks.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "intends to put missile deployments on the agenda"',
    text: 'Washington intends to put missile deployments on the agenda.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "will bring up the question of missile deployments"',
    text: 'The allies will bring up the question of missile deployments in Geneva.',
    published,
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: "will raise the placement of strike weapons with Russian negotiators"',
    text: 'The United States will raise the placement of strike weapons with Russian negotiators.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('a subject raised or tabled for the talks', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
