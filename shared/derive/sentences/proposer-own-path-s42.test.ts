/**
 * A sovereign-choice wording ("choose its path", "decide its own course") whose chooser is the demand's
 * proposer: "Russia must soon choose its path", "the Kremlin has to pick the path of talks". Russia
 * choosing its own way (between diplomacy and war, or for its own security) is no country's freedom to
 * pick its alliances, so it refuses nothing for the speaker and states no demand for Russia. The same
 * wording with another chooser ("Ukraine must be free to choose its path", "every nation may choose
 * its own path") still refuses non-expansion, as does the proposer denied another's choice. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'another chooser: "Ukraine must be free to choose its path" still refuses, for the speaker',
    text: 'Blinken said Ukraine must be free to choose its path.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'choose its path' }],
  },
  {
    name: 'every nation\'s right: "every nation has the right to choose its own path" refuses',
    text: 'Stoltenberg said every nation has the right to choose its own path.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'choose its own path' }],
  },
  {
    name: 'the would-be member itself: "Finland will choose its own path" refuses',
    text: 'Finland will choose its own path, Niinisto said.',
    published,
    expect: [{ party: 'finland', demand: NE, stance: 'rejects', quote: 'choose its own path' }],
  },
  {
    name: 'the proposer denied a choice for others: "Moscow should not choose the alliances of its neighbours" refuses',
    text: 'Sherman said that Moscow should not choose the alliances of its neighbours.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'choose the alliances' }],
  },
  {
    name: 'trap: "Russia must soon choose its path" (a headline) gives the speaker no refusal',
    text: "Estonia's envoy to NATO: Russia must soon choose its path",
    published,
    expect: [],
    none: [
      ['baltic-states', NE],
      ['russia', NE],
    ],
  },
  {
    name: 'trap: "Moscow now has to choose its path" gives neither the speaker nor Moscow a stance',
    text: 'Moscow now has to choose its path, Stoltenberg said.',
    published,
    expect: [],
    none: [
      ['nato', NE],
      ['russia', NE],
    ],
  },
  {
    name: 'trap: "Russia can still choose the path of diplomacy" is a choice between talks and war',
    text: 'Blinken said Russia can still choose the path of diplomacy.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "Russia had to choose between dialogue and the path of confrontation"',
    text: 'Russia had to choose between dialogue and the path of confrontation, Blinken said.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['russia', NE],
    ],
  },
];

describe("a sovereign-choice wording whose chooser is the demand's proposer answers no demand", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
