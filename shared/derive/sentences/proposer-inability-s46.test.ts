/**
 * The demand's own words as what its proposer cannot do: "Russia cannot stop Ukraine joining NATO,
 * Stoltenberg said", "Moscow will not be able to block enlargement", "Iran cannot force Washington to lift
 * the sanctions, Blinken said". Saying the proposer is unable to get its demand is the speaker's refusal of
 * it, as "Russia has no right to …" already was (denied-right.ts). Before, only the proposer got a reading
 * (its named demand), and "all allies agree that Russia cannot prevent Ukraine's membership" even read NATO
 * supporting non-expansion: the cue "agree that" took the demand's words without the inability.
 * Traps: the proposer's own admission ("…, Peskov conceded"), a condition ("If Russia cannot stop …"), a
 * commentator, and another party's inability ("NATO cannot stop Russia from deploying missiles, Lavrov
 * said").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';
const iran = evalOntology('iran-nuclear-2021.json');

const cases: ReadingCase[] = [
  {
    name: '"Russia cannot stop Ukraine joining NATO, Stoltenberg said" is NATO refusing',
    text: 'Russia cannot stop Ukraine joining NATO, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'cannot stop Ukraine joining' }],
  },
  {
    name: '"Moscow cannot prevent Ukraine from joining the alliance, Blinken said" is the US refusing',
    text: 'Moscow cannot prevent Ukraine from joining the alliance, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'cannot prevent Ukraine' }],
  },
  {
    name: '"all allies agree that Russia cannot prevent Ukraine\'s membership" is no NATO support any more',
    text: "Stoltenberg said all allies agree that Russia cannot prevent Ukraine's eventual membership of the alliance.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'cannot prevent' }],
  },
  {
    name: '"will not be able to stop NATO enlargement, Stoltenberg said"',
    text: 'Russia will not be able to stop NATO enlargement, Stoltenberg said.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'will not be able to stop NATO enlargement' },
    ],
  },
  {
    name: '"cannot make the alliance pull its troops out of Poland, the Polish foreign minister said"',
    text: 'Russia cannot make the alliance pull its troops out of Poland, the Polish foreign minister said.',
    published,
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'pull its troops out of Poland' }],
  },
  {
    name: 'trap: the proposer admitting it cannot stop enlargement refuses nothing: "…, Peskov conceded"',
    text: 'Russia cannot stop NATO enlargement, Peskov conceded.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a condition asserts nothing: "If Russia cannot stop NATO enlargement through talks, …"',
    text: 'If Russia cannot stop NATO enlargement through talks, it may turn to force, Stoltenberg warned.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a commentator saying so gives no party a reading',
    text: 'Russia cannot stop NATO enlargement, one analyst said.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: another party\'s inability: "NATO cannot stop Russia from deploying missiles, Lavrov said"',
    text: 'NATO cannot stop Russia from deploying missiles in Kaliningrad, Lavrov said.',
    published,
    expect: [],
    none: [['nato', MD]],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: 'another negotiation: "Iran cannot force Washington to lift the sanctions, Blinken said"',
    text: 'Iran cannot force Washington to lift the sanctions, Blinken said.',
    published: '2021-11-01',
    expect: [
      { party: 'united-states', demand: 'sanctions-lifting', stance: 'rejects', quote: 'lift the sanctions' },
    ],
  },
  {
    name: 'another negotiation: "… force the United States to lift all sanctions first, a spokesman said"',
    text: 'Iran cannot force the United States to lift all sanctions first, a State Department spokesman said.',
    published: '2021-11-01',
    expect: [
      { party: 'united-states', demand: 'sanctions-lifting', stance: 'rejects', quote: 'lift all sanctions' },
    ],
  },
];

describe('the demand as what its proposer cannot do (session 46)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
