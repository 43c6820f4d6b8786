/**
 * Another party's undertaking noted by a speaker: "Beijing noted the alliance's promise to keep its door
 * open". The demand's opposite sits inside the possessor's promise, pledge or commitment: it is what that
 * party undertook, read as the possessor's, and the speaker who only notes or mentions it takes no side
 * in its own words. The speaker keeps its reading when it has a verb of its own ("welcomed NATO's
 * pledge …"), when the undertaking is its own side's ("Stoltenberg noted the alliance's promise …"), or
 * when it states the opposite itself. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the possessor keeps its reading: "noted the alliance\'s promise to keep its door open" is NATO\'s',
    text: "Beijing noted the alliance's promise to keep its door open.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'promise' }],
    none: [['china', NE]],
  },
  {
    name: "a verb of the speaker's own: \"Kuleba welcomed NATO's promise to keep its door open\" is Kyiv's refusal too",
    text: "Kuleba welcomed NATO's promise to keep its door open.",
    published,
    expect: [
      { party: 'ukraine', demand: NE, stance: 'rejects', quote: 'welcomed' },
      { party: 'nato', demand: NE, stance: 'rejects', quote: 'promise' },
    ],
  },
  {
    name: 'its own side\'s undertaking: "Stoltenberg noted the alliance\'s pledge to keep its door open"',
    text: "Stoltenberg noted the alliance's pledge to keep its door open.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'pledge' }],
  },
  {
    name: 'stated in its own words: "Sweden\'s foreign minister said the door to NATO must stay open"',
    text: "Sweden's foreign minister said the door to NATO must stay open.",
    published,
    expect: [{ party: 'sweden', demand: NE, stance: 'rejects', quote: 'door to NATO' }],
  },
  {
    name: 'trap: "Sweden\'s foreign minister noted the alliance\'s promise to keep its door open"',
    text: "Sweden's foreign minister noted the alliance's promise to keep its door open.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'promise' }],
    none: [['sweden', NE]],
  },
  {
    name: 'trap: "Beijing noted the alliance\'s commitment to its open door" gives China no refusal',
    text: "Beijing noted the alliance's commitment to its open door.",
    published,
    expect: [],
    none: [['china', NE]],
  },
  {
    name: 'trap: "Kuleba mentioned NATO\'s promise to keep its door open" is no wording of Kyiv\'s',
    text: "Kuleba mentioned NATO's promise to keep its door open.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'promise' }],
    none: [['ukraine', NE]],
  },
];

describe("the demand's opposite inside another party's undertaking is not the noting speaker's wording", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
