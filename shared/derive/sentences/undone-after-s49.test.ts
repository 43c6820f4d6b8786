/**
 * A passive after the opposite's words: "NATO will not allow its open-door policy to be slammed shut",
 * "would not accept its open door policy being weakened". A passive of closing, ending or weakening
 * right after the words turns them into their opposite (as "slam shut the open door" does); the cue
 * before them then reads on what is shut. Before, the refusal was read on the open door itself and
 * NATO was read wanting its door shut. A passive of talking or deciding after the opposite's words
 * ("to be discussed", "to be dictated by Russia") makes them the matter talked over: unread.
 * Found in real coverage (precision fix, one article showing the fault): Sputnik, 14 February 2022,
 * NATO insisting it will not let its open-door policy be slammed shut.
 * Traps: "never let NATO's open door be closed" with a modal cue of its own, "not allow … to be discussed
 * with Moscow", "… to be dictated by Russia", "Russia wants … to be discussed" give no stance.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"will not allow its open-door policy to be slammed shut": NATO rejects non-expansion',
    text: 'NATO insists it will not allow its open-door policy to be slammed shut.',
    published,
    expect: [
      {
        party: 'nato',
        demand: NX,
        stance: 'rejects',
        quote: 'will not allow its open-door policy to be slammed shut',
      },
    ],
  },
  {
    name: '"would not accept its open door policy being weakened": NATO rejects non-expansion',
    text: 'Stoltenberg said the alliance would not accept its open door policy being weakened.',
    published,
    expect: [
      {
        party: 'nato',
        demand: NX,
        stance: 'rejects',
        quote: 'would not accept its open door policy being weakened',
      },
    ],
  },
  {
    name: '"wants NATO\'s open door policy to be closed": Russia wants non-expansion',
    text: "Ryabkov said Moscow wants NATO's open door policy to be closed.",
    published,
    expect: [
      {
        party: 'russia',
        demand: NX,
        stance: 'supports',
        quote: "wants NATO's open door policy to be closed",
      },
    ],
  },
  {
    name: 'trap: "would never let NATO\'s open door be closed" is no US support for non-expansion',
    text: "Blinken said Washington would never let NATO's open door be closed.",
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "will not allow its open-door policy to be discussed with Moscow"',
    text: 'NATO will not allow its open-door policy to be discussed with Moscow, Stoltenberg said.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "will not allow its open-door policy to be dictated by Russia"',
    text: 'Stoltenberg said NATO will not allow its open-door policy to be dictated by Russia.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "Russia wants NATO\'s open door policy to be discussed at the talks"',
    text: "Russia wants NATO's open door policy to be discussed at the talks.",
    published,
    expect: [],
    none: [['russia', NX]],
  },
];

describe("a passive of undoing after the opposite's words turns them (session 49)", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
