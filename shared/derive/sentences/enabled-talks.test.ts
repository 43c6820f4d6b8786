/**
 * A party judging the other side's paper to make talks on a matter possible is open to those talks
 * itself: "the foreign minister said the American reply opened the way to a conversation on arms
 * control", "… leaves the door ajar to talks on …", "… gives a basis for serious negotiations on …",
 * "… makes it possible to start a real discussion of …". The paper's author reads open as before.
 * Traps: a bare report of the paper's offer ("the paper offers talks on …"), a negated verdict ("makes
 * no serious talks possible"), a speaker who is no party ("analysts said"), and "the basis for any
 * negotiation" under a refusal. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MD = 'missile-deployment';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"the reply opened the way to a conversation on arms control", said by the other side: both sides open',
    text: 'Speaking in Moscow, the Russian foreign minister said the American reply opened the way to a businesslike conversation on arms control.',
    expect: [
      { party: 'russia', demand: MD, stance: 'open', quote: 'opened the way', kind: 'speaker' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'opened the way' },
    ],
  },
  {
    name: '"the written answer leaves the door ajar to talks on limiting missiles": the speaking party is open',
    text: "Lavrov said Washington's written answer leaves the door ajar to talks on limiting intermediate-range missiles.",
    expect: [
      { party: 'russia', demand: MD, stance: 'open', quote: 'door ajar' },
      { party: 'united-states', demand: MD, stance: 'open', quote: 'door ajar' },
    ],
  },
  {
    name: '"the paper makes it possible to start a real discussion of arms control": the speaking party is open',
    text: 'Peskov said the US paper makes it possible to start a real discussion of arms control.',
    expect: [{ party: 'russia', demand: MD, stance: 'open', quote: 'makes it possible', kind: 'speaker' }],
  },
  {
    name: '"gives a basis for serious talks on missile deployments", the speaker inserted: the speaking party is open',
    text: "The alliance's letter, the Kremlin said on Friday, gives a basis for serious talks on missile deployments. Lavrov said the NATO paper gives a basis for serious talks on where missiles are stationed.",
    expect: [{ party: 'russia', demand: MD, stance: 'open', quote: 'Lavrov said the NATO paper' }],
  },
  {
    name: 'trap: a bare report of what the paper offers states nothing of the speaker',
    text: 'Lavrov said the US paper offers talks on arms control.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offers talks' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: analysts judging the reply are no party',
    text: 'Analysts said the American reply makes talks on arms control possible.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "makes no serious talks possible" is no openness of the speaker',
    text: 'Lavrov said the US answer makes no serious talks possible on arms control.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: "trap: the speaker's own side's paper reads as before, nothing added",
    text: 'Blinken said the American reply opens the way to talks on arms control.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'opens the way' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "would not let … become the basis for any negotiation" reads no openness',
    text: "Poland's deputy foreign minister said Warsaw would not let a revival of spheres of influence become the basis for any negotiation.",
    expect: [],
    none: [['poland', NE]],
  },
];

describe('talks made possible by the other side’s paper', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-08-20';

const iranCases: ReadingCase[] = [
  {
    name: '"Iran\'s response opens the way to talks on sanctions relief", said by Washington: Washington open',
    text: "The State Department spokesman said Iran's latest response opens the way to talks on sanctions relief.",
    published,
    expect: [{ party: 'united-states', demand: 'sanctions-lifting', stance: 'open', quote: 'opens the way' }],
  },
  {
    name: 'trap: "Iran\'s response offers talks on sanctions relief" states nothing of Washington',
    text: "The State Department spokesman said Iran's latest response offers talks on sanctions relief.",
    published,
    expect: [],
    none: [['united-states', 'sanctions-lifting']],
  },
];

describe('talks made possible by the other side’s paper (Iran)', () => {
  it.each(iranCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});
