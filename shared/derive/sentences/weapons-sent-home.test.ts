/**
 * Weapons sent home: the missile-deployment frame (corpus/ontology.json) reads the passive wordings
 * reporters use for taking another side's weapons away from where they stand — "be sent home", "be
 * brought (back) home", "be returned home", "be returned to … (national) territory / soil" — after one of
 * its subjects ("weapons", "nuclear arms", "missiles"), as the rollback frame reads troops "sent home".
 * The Russian draft treaty of December 2021 asked for nuclear weapons to be returned to national
 * territory, and coverage words it so. Traps: crews or missiles back home or in a depot after an
 * exercise or a parade, told as a fact (no party asks for it), and weapons returned after drills.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const M = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'a want with "to be sent home from Europe"',
    text: 'Moscow wants US nuclear weapons to be sent home from Europe.',
    expect: [{ party: 'russia', demand: M, stance: 'supports', quote: 'sent home' }],
  },
  {
    name: '"insists that … be brought home", the speaker the proposer',
    text: 'The Kremlin insists that American nuclear weapons be brought home from Europe, Peskov said.',
    expect: [{ party: 'russia', demand: M, stance: 'supports', quote: 'brought home' }],
  },
  {
    name: '"nuclear arms" returned to their national territory',
    text: 'Russia demands that US nuclear arms be returned to their national territory.',
    expect: [
      { party: 'russia', demand: M, stance: 'supports', quote: 'returned to their national territory' },
    ],
  },
  {
    name: 'trap: missile crews sent home after an exercise, told as a fact',
    text: 'Russian missile crews were sent home after the exercise, the ministry said.',
    expect: [],
    none: [['russia', M]],
  },
  {
    name: 'trap: missiles returned to a depot after a parade',
    text: 'The missiles were returned to the depot after the parade, the Russian defence ministry said.',
    expect: [],
    none: [['russia', M]],
  },
  {
    name: 'trap: crews brought home for a holiday',
    text: 'The United States said its missile crews in Romania were brought home for Christmas.',
    expect: [],
    none: [
      ['united-states', M],
      ['romania', M],
    ],
  },
  {
    name: 'trap: weapons lent for drills returned to home territory',
    text: 'Moscow said the weapons it had loaned to Belarus were returned to Russian territory after the drills.',
    expect: [],
    none: [['russia', M]],
  },
];

describe('weapons sent home: passives of taking weapons away, read after the missile frame’s subjects', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
