/**
 * A time or place adjunct inside a talks cue: "agreed to open negotiations next month on …", "will
 * begin talks in Geneva on …", "start talks on Monday on …". The adjunct only says when or where the
 * talks are held; the cue ("open negotiations on") still reads whole, as openness to the matter, not
 * the bare "agreed to" as support for it. Traps: the talks as a subject with no one opening them, a
 * comma that ends the talks before another party's demand, an adjunct after "talks" with no "on"
 * after it, and a refusal to open talks, which stays a refusal. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const dprk = evalOntology('us-dprk-2018.json');
const SL = 'sanctions-lifting';

const iranCases: ReadingCase[] = [
  {
    name: '"agreed to open negotiations next month on" reads open, not the support of "agreed to"',
    text: 'Washington agreed to open negotiations next month on sanctions relief.',
    published: '2021-10-27',
    expect: [
      { party: 'united-states', demand: SL, stance: 'open', quote: 'open negotiations next month on' },
    ],
  },
  {
    name: 'a place and a time in a row: "begin negotiations in Vienna next week on"',
    text: 'The Americans agreed to begin negotiations in Vienna next week on sanctions relief.',
    published: '2021-10-27',
    expect: [
      {
        party: 'united-states',
        demand: SL,
        stance: 'open',
        quote: 'begin negotiations in Vienna next week on',
      },
    ],
  },
  {
    name: 'a refusal to open talks stays a refusal past the adjunct',
    text: 'Washington refused to open negotiations next month on sanctions relief.',
    published: '2021-10-27',
    expect: [
      { party: 'united-states', demand: SL, stance: 'rejects', quote: 'refused to open negotiations' },
    ],
  },
  {
    name: 'trap: talks with an adjunct as a subject, judged by an official, open nothing',
    text: 'Negotiations in Vienna next week on sanctions relief will be hard, an American official said.',
    published: '2021-10-27',
    expect: [],
    none: [
      ['united-states', SL],
      ['iran', SL],
    ],
  },
  {
    name: "trap: a comma after the time ends the talks; the next clause is another party's demand",
    text: 'Washington agreed to open negotiations next month, and Tehran on Monday demanded sanctions relief.',
    published: '2021-10-27',
    expect: [{ party: 'iran', demand: SL, stance: 'supports', quote: 'demanded sanctions relief' }],
    none: [['united-states', SL]],
  },
  {
    name: 'trap: "talks in Vienna on Monday" with no subject of the talks after them',
    text: 'Washington backed talks in Vienna on Monday, but Tehran wants sanctions relief first.',
    published: '2021-10-27',
    expect: [{ party: 'iran', demand: SL, stance: 'supports', quote: 'wants sanctions relief' }],
    none: [['united-states', SL]],
  },
];

const otherCases: Array<[ReadingCase, ReturnType<typeof evalOntology>]> = [
  [
    {
      name: 'gaza: "agreed to open negotiations next week on a permanent ceasefire" reads open',
      text: 'Israel agreed to open negotiations next week on a permanent ceasefire.',
      published: '2024-05-27',
      expect: [
        {
          party: 'israel',
          demand: 'permanent-ceasefire',
          stance: 'open',
          quote: 'open negotiations next week on',
        },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'dprk: "begin negotiations in Singapore on" reads open',
      text: 'North Korea agreed to begin negotiations in Singapore on complete denuclearization.',
      published: '2018-05-27',
      expect: [
        {
          party: 'north-korea',
          demand: 'denuclearization',
          stance: 'open',
          quote: 'begin negotiations in Singapore on',
        },
      ],
    },
    dprk,
  ],
  [
    {
      name: 'dprk: a weekday, "start talks on Monday on", reads open',
      text: 'The United States agreed to start talks on Monday on sanctions relief.',
      published: '2018-05-27',
      expect: [
        {
          party: 'united-states',
          demand: 'sanctions-relief',
          stance: 'open',
          quote: 'start talks on Monday on',
        },
      ],
    },
    dprk,
  ],
];

const russiaWest: ReadingCase[] = [
  {
    name: 'russia-west: "open negotiations next month on Russia\'s call for limits on missiles" reads open for NATO',
    text: "NATO agreed to open negotiations next month on Russia's call for limits on missiles.",
    published: '2022-01-27',
    expect: [
      {
        party: 'nato',
        demand: 'missile-deployment',
        stance: 'open',
        quote: 'open negotiations next month on',
      },
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: "Russia's call" },
    ],
  },
];

describe('a time or place adjunct inside a talks cue', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
  for (const [c, o] of otherCases) it(c.name, () => checkReading(c, o));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});
