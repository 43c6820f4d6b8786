/**
 * The places the 1997 demand's forces are to leave include every state that joined NATO after the
 * Founding Act, and the south-east of Europe named in Moscow's February letter: "withdraw from Hungary,
 * Romania and Bulgaria", "pull out of the Czech Republic and Slovakia", "a pullout from Southeastern
 * Europe". Traps: a past Soviet or Russian withdrawal from those countries (history, another army), and a
 * member leaving the alliance (no forces withdrawn).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"wants NATO to withdraw from Hungary, Romania and Bulgaria"',
    text: 'Moscow wants NATO to withdraw from Hungary, Romania and Bulgaria.',
    expect: [
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'withdraw from Hungary' },
    ],
  },
  {
    name: '"wants the alliance to pull out of the Czech Republic and Slovakia"',
    text: 'Russia wants the alliance to pull out of the Czech Republic and Slovakia.',
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'pull out of the Czech Republic',
      },
    ],
  },
  {
    name: '"insisted on a US pullout from Southeastern Europe and the Baltics"',
    text: 'The Russian reply insisted on a US pullout from Southeastern Europe and the Baltics.',
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'pullout from Southeastern Europe',
      },
    ],
  },
  {
    name: 'trap: Soviet troops leaving Hungary in 1991 is history',
    text: 'Soviet troops withdrew from Hungary in 1991.',
    expect: [],
    none: [
      ['russia', 'rollback-1997'],
      ['hungary', 'rollback-1997'],
    ],
  },
  {
    name: "trap: Russia's own troops leaving after the Cold War",
    text: 'Russia withdrew its troops from Hungary and Czechoslovakia after the Cold War.',
    expect: [],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: a member not leaving the alliance',
    text: 'Hungary will not withdraw from the alliance, Orban said.',
    expect: [],
    none: [
      ['hungary', 'rollback-1997'],
      ['nato', 'rollback-1997'],
    ],
  },
];

describe('forces to leave the states that joined NATO after 1997', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
