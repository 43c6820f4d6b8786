/**
 * A demand said to be off the negotiating table ("… said X is off the negotiating table", "X has been
 * taken off the negotiating table", "X has been removed from the table"): a refusal of X by the one
 * who says so, as "off the table" already was. "Negotiating" there only names the table; read on its
 * own it was an offer of talks, so the sentence said the opposite (open). Not taken off it ("has not
 * been taken off the negotiating table") leaves it under talks: open. Traps: a party kept off the
 * table or walking off it is away from the talks and refuses nothing ("Kyiv had been kept off the
 * table"), and a delegation leaving the table while still pressing its demand. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';

const russiaWest: ReadingCase[] = [
  {
    name: '"said X is off the negotiating table" rejects for the speaker, not the open of "negotiating"',
    text: 'Blinken said a halt to NATO expansion is off the negotiating table.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'off the negotiating table' }],
    none: [['russia', NE]],
  },
  {
    name: 'passive "has been taken off the negotiating table" rejects',
    text: 'Blinken said a halt to NATO expansion has been taken off the negotiating table.',
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'taken off the negotiating table' },
    ],
  },
  {
    name: '"has been removed from the table" rejects',
    text: 'Blinken said a halt to NATO expansion has been removed from the table.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'removed from the table' }],
  },
  {
    name: '"has not been taken off the negotiating table": still under talks, open',
    text: 'Blinken said a halt to NATO expansion had not been taken off the negotiating table.',
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'open', quote: 'taken off the negotiating table' },
    ],
  },
  {
    name: 'trap: a party kept off the negotiating table refuses nothing',
    text: 'The Kremlin complained that Kyiv had been kept off the negotiating table and pressed again for a halt to NATO expansion.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'halt to NATO expansion' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: the same with "off the table"',
    text: 'The Kremlin complained that Kyiv had been kept off the table and pressed again for a halt to NATO expansion.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'halt to NATO expansion' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: diplomats leaving the negotiating table while still demanding the halt do not reject it',
    text: 'Russian diplomats left the negotiating table in Geneva on Monday, still demanding a halt to NATO expansion.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'demanding' }],
    none: [['united-states', NE]],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');

const otherCases: Array<[ReadingCase, ReturnType<typeof evalOntology>]> = [
  [
    {
      name: 'iran: "has taken the delisting … off the negotiating table" rejects',
      text: 'Washington has taken the delisting of the Revolutionary Guards off the negotiating table, a US official said.',
      published: '2022-05-20',
      expect: [
        {
          party: 'united-states',
          demand: 'irgc-delisting',
          stance: 'rejects',
          quote: 'off the negotiating table',
        },
      ],
      none: [['iran', 'irgc-delisting']],
    },
    iran,
  ],
  [
    {
      name: 'gaza: "said a permanent ceasefire was off the negotiating table" rejects',
      text: 'Netanyahu said a permanent ceasefire was off the negotiating table.',
      published: '2024-05-01',
      expect: [
        {
          party: 'israel',
          demand: 'permanent-ceasefire',
          stance: 'rejects',
          quote: 'off the negotiating table',
        },
      ],
      none: [['hamas', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: 'iran trap: a delegation walking off the negotiating table does not reject its own demand',
      text: 'Iran’s delegation walked off the negotiating table in Vienna, saying the delisting of the Revolutionary Guards had to come first.',
      published: '2022-05-20',
      expect: [
        {
          party: 'iran',
          demand: 'irgc-delisting',
          stance: 'supports',
          quote: 'delisting of the Revolutionary Guards',
        },
      ],
      none: [['united-states', 'irgc-delisting']],
    },
    iran,
  ],
];

describe('a demand off the negotiating table is refused', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const [c, o] of otherCases) it(c.name, () => checkReading(c, o));
});
