/**
 * A negated giving-up of a promise: "the alliance will not back down from its promise that Ukraine could
 * join", "would never back down from its pledge that …". A negation ending on "from" ("back down from")
 * turns the cue after it ("could back down from its bid"); a negation right before it ("not", "never",
 * "won't") turns it back, so the promise stands and is read as the party's own. Before, only the inner
 * negation was taken and NATO was read supporting non-expansion.
 * Found in real coverage (precision fix, one article showing the fault): Pledge Times, 10 January 2022,
 * Stoltenberg reported saying the alliance will not back down from its 2008 promise to Ukraine.
 * Traps: a fear that the alliance will back down, a question whether it would, and a proposer's call that
 * it must back down give the alliance no stance (the proposer's own call is still read).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-10';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"will not back down from its promise … that Ukraine could join": NATO rejects non-expansion',
    text: 'According to Stoltenberg, the alliance will not back down from its promise in 2008 that Ukraine could join NATO.',
    published,
    expect: [
      {
        party: 'nato',
        demand: NX,
        stance: 'rejects',
        quote: 'will not back down from its promise in 2008 that Ukraine could join NATO',
      },
    ],
  },
  {
    name: '"would never back down from its pledge that Georgia could join": NATO rejects non-expansion',
    text: 'Stoltenberg said NATO would never back down from its pledge that Georgia could join the alliance.',
    published,
    expect: [
      {
        party: 'nato',
        demand: NX,
        stance: 'rejects',
        quote: 'would never back down from its pledge that Georgia could join the alliance',
      },
    ],
  },
  {
    name: 'a proposer\'s call that NATO "must back down from its promise" stays the proposer\'s',
    text: 'Moscow says NATO must back down from its promise that Ukraine could join the alliance.',
    published,
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: 'NATO must back down from its promise that Ukraine could join the alliance',
      },
    ],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a fear that the alliance will back down from its promise',
    text: 'Kyiv fears the alliance will back down from its promise that Ukraine could join NATO.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: no word on whether NATO would back down from its promise',
    text: 'Washington did not say whether NATO would back down from its promise that Ukraine could join.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: an open question whether the alliance will back down',
    text: 'It is unclear whether the alliance will back down from its promise that Ukraine could join NATO.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
];

describe('a negated backing down from a promise keeps the promise (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
