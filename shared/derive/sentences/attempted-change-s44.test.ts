/**
 * A verb of permitting or accepting with "no" and a noun of attempting or changing as its object ("would
 * permit no effort to alter the open-door policy", "will accept no change to it"): the permission is
 * refused, as with "would not permit any effort". Traps: "allow no further expansion" (the "no further"
 * belongs to the demand's words), "accept no less than a ban" (insisting, not refusing), an attempt the
 * demand has nothing to do with, and a change to something else.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"would permit no effort to alter the alliance\'s open-door policy" refuses, not open',
    text: "Price had said before that Washington told Moscow plainly it would permit no effort to alter the alliance's open-door policy.",
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'permit no effort' },
    ],
  },
  {
    name: '"will accept no change to NATO\'s open-door policy" refuses, not supports',
    text: "Washington will accept no change to NATO's open-door policy.",
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'accept no change' },
    ],
  },
  {
    name: '"will allow no attempt to close its door" refuses',
    text: 'NATO will allow no attempt to close its door to Ukraine.',
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'allow no attempt' }],
  },
  {
    name: 'the demand itself refused its attempt: "would permit no attempt to station missiles near its border"',
    text: 'Russia would permit no attempt to station missiles near its border.',
    expect: [
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'permit no attempt' },
    ],
  },
  {
    name: 'trap: "will allow no further NATO expansion" keeps its "no further" for the demand',
    text: 'Russia will allow no further NATO expansion.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'allow no further' }],
  },
  {
    name: 'trap: "will accept no less than a legally binding ban" insists',
    text: 'Russia will accept no less than a legally binding ban on NATO expansion.',
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'ban on NATO expansion' },
    ],
  },
  {
    name: 'trap: an attempt that has nothing to do with the demand',
    text: 'Kyiv will allow no effort to divide the country, Zelensky said.',
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: 'trap: a change to something else ("permitted no changes to its exercise schedule")',
    text: 'The alliance permitted no changes to its exercise schedule, Stoltenberg said.',
    expect: [],
    none: [
      ['nato', 'non-expansion'],
      ['nato', 'rollback-1997'],
    ],
  },
];

describe('a permission of no attempt and no change is refused', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
