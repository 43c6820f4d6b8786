/**
 * A demand described as what a party will or will not do, in a relative clause after a copula: "a
 * pledge that Georgia stays out of NATO seems like something neither Washington nor the alliance would
 * entertain" (both refuse it), "a freeze on enlargement is a step the allies will never accept". Not
 * irony ("the last thing … will accept"), nor a clause that goes on past the verb. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"… seems like something neither Washington nor the alliance would entertain": both refuse',
    text: 'A pledge that Georgia stays out of NATO seems like something neither Washington nor the alliance would entertain.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'neither Washington nor the alliance' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'neither Washington nor the alliance' },
    ],
  },
  {
    name: '"… is a step the allies will never accept", "… is something the alliance rejects"',
    text: 'A freeze on NATO enlargement is a step the allies will never accept.\nA halt to NATO expansion is something Britain rejects.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'a step the allies will never accept' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'something Britain rejects' },
    ],
  },
  {
    name: 'trap: "the last thing the alliance will accept" is irony; no reading',
    text: 'A halt to NATO enlargement is the last thing the alliance will accept.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a verb that does not end the relative clause ("will accept to discuss without …") is not read here',
    text: 'A halt to NATO enlargement is something neither Washington nor the alliance will accept to discuss without Kyiv at the table.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
];

describe('a demand described by a relative clause after a copula', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
