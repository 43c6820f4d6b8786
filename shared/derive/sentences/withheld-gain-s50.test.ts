/**
 * A gain withheld from the side that asked for it until it meets a condition, said by the side the demand
 * is put to: "North Korea will not get sanctions relief until it denuclearizes, Pompeo said", "Kim won't
 * get sanctions relief until he gives up his weapons, says the Secretary of State". The speaker refuses the
 * demand for now, as "There will be no sanctions relief until …" already read; with the proposer as the
 * subject of a denied verb of gaining, no cue was there to read and the speaker's side was missed
 * (withheld-gain.ts). Found in real coverage: the North would not gain any sanctions relief until it had
 * abandoned its weapons, Pompeo told China (scmp.com, page undated); the North will not see any sanctions
 * lifted until it has shown complete denuclearisation (concisenews.global, 14 June 2018).
 * Traps: the same words in narration (no speaker), said by the proposer itself, by a third party, and
 * with no condition; and a party that did not put the demand forward denied the gain.
 * Uses the us-dprk, iran and gaza ontologies of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const SR = 'sanctions-relief';
const SL = 'sanctions-lifting';
const PC = 'permanent-ceasefire';

const dprkCases: ReadingCase[] = [
  {
    name: 'the secretary of state: the North will not get relief until it denuclearizes',
    text: 'Pompeo said North Korea would not get sanctions relief until it denuclearizes.',
    published: '2018-06-14',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'would not get sanctions relief' },
    ],
  },
  {
    name: "the contracted denial, the speaker after the quotation: Kim won't get relief, says the secretary",
    text: "Kim won't get sanctions relief until he gives up his nuclear weapons, says the US Secretary of State.",
    published: '2018-06-14',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: "Kim won't get sanctions relief" },
    ],
  },
  {
    name: 'will not see any sanctions lifted until …',
    text: 'Pompeo says North Korea will not see any economic sanctions lifted until it has demonstrated complete denuclearisation.',
    published: '2018-06-14',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'will not see any economic sanctions' },
    ],
  },
  {
    name: 'trap: the same words in narration, no speaker',
    text: 'North Korea will not get sanctions relief until it denuclearizes.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: said by the proposer itself',
    text: 'North Korea said it would not get sanctions relief until it denuclearizes.',
    published: '2018-06-14',
    expect: [],
    none: [
      ['united-states', SR],
      ['north-korea', SR],
    ],
  },
  {
    name: 'trap: said by a third party',
    text: 'Wang Yi said North Korea would not get sanctions relief until it disarms.',
    published: '2018-06-14',
    expect: [],
    none: [
      ['united-states', SR],
      ['china', SR],
    ],
  },
  {
    name: 'trap: no condition set',
    text: 'Pompeo said North Korea would not get sanctions relief.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: a party that did not put the demand forward denied the gain',
    text: 'Pompeo said South Korea would not get sanctions relief until it pays more.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
];

const otherCases: Array<[ReadingCase, typeof iran]> = [
  [
    {
      name: 'Iran will not receive relief until it returns to compliance, Blinken said',
      text: 'Iran will not receive sanctions relief until it returns to compliance, Blinken said.',
      published: '2021-12-01',
      expect: [
        { party: 'united-states', demand: SL, stance: 'rejects', quote: 'will not receive sanctions relief' },
      ],
    },
    iran,
  ],
  [
    {
      name: 'the condition opened by "without", the speaker a spokesman of the department',
      text: 'Tehran will not get any sanctions relief without a return to full compliance, a State Department spokesman said.',
      published: '2021-12-01',
      expect: [
        { party: 'united-states', demand: SL, stance: 'rejects', quote: 'will not get any sanctions relief' },
      ],
    },
    iran,
  ],
  [
    {
      name: 'Hamas will not get a permanent ceasefire until the hostages are home, Netanyahu said',
      text: 'Hamas will not get a permanent ceasefire until every hostage is home, Netanyahu said.',
      published: '2024-03-01',
      expect: [
        { party: 'israel', demand: PC, stance: 'rejects', quote: 'will not get a permanent ceasefire' },
      ],
    },
    gaza,
  ],
];

describe('a gain withheld from the proposer until a condition is met: the speaker refuses it for now (s50)', () => {
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const [c, o] of otherCases) it(c.name, () => checkReading(c, o));
});
