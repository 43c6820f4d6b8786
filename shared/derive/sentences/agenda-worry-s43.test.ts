/**
 * A party's worry put on the talks' agenda: "the talks should cover the alliance's worries about arms
 * control", "must take up its worries about …", "deal with NATO's concerns
 * about …". The worry is the object of a verb of taking a matter up (cover, take up, address, tackle,
 * discuss, deal with): a matter its owner wants talked over, no rejection of the demand's own words.
 * Traps, where the worry still reads: a worry about the demand's opposite ("take up Moscow's worries
 * about NATO's eastward expansion", "address Russia's concerns about NATO expansion": its owner asks
 * for the demand), and a worry about another party's demand named as a demand ("the alliance's worries
 * about Moscow's demand for …"), a refusal of it. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"the talks should cover the alliance\'s worries about arms control" is no rejection by NATO',
    text: "Blinken said the talks should cover the alliance's worries about arms control.",
    published,
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
    ],
  },
  {
    name: '"would have to take up the alliance\'s own worries about …": a modifier after the possessive',
    text: "Stoltenberg said the talks would have to take up the alliance's own worries about arms control.",
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: '"must take up its worries about arms control": a possessive pronoun, said by the owner',
    text: 'NATO said the talks must take up its worries about arms control.',
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: '"would have to deal with NATO\'s concerns about arms control"',
    text: "Officials said any dialogue would have to deal with NATO's concerns about arms control.",
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: "trap: a worry about the demand's opposite on the agenda still names its owner's demand",
    text: "Lavrov said the talks would have to take up Moscow's worries about NATO's eastward expansion.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'worries about' }],
  },
  {
    name: 'trap: "address Russia\'s concerns about NATO expansion" keeps Russia\'s support',
    text: "Blinken said the talks would address Russia's concerns about NATO expansion.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'concerns about' }],
  },
  {
    name: "trap: worries about another party's demand, named as a demand, still reject it",
    text: "Stoltenberg said the talks should cover the alliance's worries about Moscow's demand for limits on missiles.",
    published,
    expect: [
      { party: 'nato', demand: MD, stance: 'rejects', quote: "worries about Moscow's demand" },
      { party: 'russia', demand: MD, stance: 'supports', quote: "Moscow's demand" },
    ],
  },
];

describe("a party's worry put on the talks' agenda", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
