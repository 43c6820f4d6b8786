/**
 * Wordings of giving way and of refusing that coverage of any negotiation uses, and a sequencing clause:
 * - "consented to": the side the demand is put to giving way, read as its support like "agreed to";
 *   "has not signed on to": its refusal;
 * - "has no wish to", "will vote against", "now is not the time to": a refusal;
 * - "had to give up X before it got Y": what a clause opened by "before" and its own subject names comes
 *   after what is asked, held back till then, and takes no supporting cue from before it.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const iran = evalOntology('iran-nuclear-2021.json');
const dprk = evalOntology('us-dprk-2018.json');

const PR = 'prisoner-release';
const TW = 'troop-withdrawal';
const CF = 'ceasefire';
const IM = 'international-membership';
const SA = 'serb-association';
const SR = 'sanctions-relief';
const DN = 'denuclearization';

const afghanCases: ReadingCase[] = [
  {
    name: '"consented to release" by the side the release is asked of reads its support, as "agreed to" does',
    text: 'After weeks of delay the Afghan government consented to release the remaining prisoners.',
    published: '2020-08-01',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'consented to release' }],
  },
  {
    name: '"has not signed on to a … ceasefire" reads the refusal of the side it is asked of',
    text: 'The Taliban have still not signed on to a nationwide ceasefire.',
    published: '2020-06-01',
    expect: [{ party: 'taliban', demand: CF, stance: 'rejects', quote: 'signed on to' }],
  },
  {
    name: '"now was not the time to pull … out" reads a refusal of the withdrawal',
    text: 'The Pentagon said now was not the time to pull the remaining troops out of Afghanistan.',
    published: '2020-11-01',
    expect: [{ party: 'united-states', demand: TW, stance: 'rejects', quote: 'not the time to pull' }],
  },
  {
    name: 'trap: "not the time to celebrate" beside a call for the withdrawal leaves the call as it is',
    text: 'The Taliban said it was not the time to celebrate and called for all foreign troops to leave Afghanistan.',
    published: '2020-03-01',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'called for all foreign troops' }],
  },
  {
    name: 'trap: consenting to something else beside the release reads no consent to the release',
    text: 'The Taliban demanded the release of 5,000 prisoners, while Kabul consented only to a new round of talks.',
    published: '2020-03-10',
    expect: [{ party: 'taliban', demand: PR, stance: 'supports', quote: 'demanded the release' }],
    none: [['afghan-government', PR]],
  },
  {
    name: '"has not decided on the … withdrawal" reads the side undecided',
    text: 'The White House has not decided on a full withdrawal of US troops from Afghanistan.',
    published: '2021-03-01',
    expect: [{ party: 'united-states', demand: TW, stance: 'unclear', quote: 'has not decided' }],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"will vote against Kosovo\'s membership" reads a refusal',
    text: "Serbia will vote against Kosovo's membership of UNESCO, Vucic said.",
    published: '2023-05-01',
    expect: [{ party: 'serbia', demand: IM, stance: 'rejects', quote: 'vote against' }],
  },
  {
    name: 'trap: a vote against something else beside the bid reads nothing for the voter',
    text: 'Serbian lawmakers voted against the budget, while Kosovo renewed its bid to join international organisations.',
    published: '2023-05-01',
    expect: [],
    none: [['serbia', IM]],
  },
  {
    name: '"has no wish to set up the Association" reads a refusal of the side it is asked of',
    text: 'Pristina has no wish to set up the Association of Serb-majority Municipalities, Vucic said.',
    published: '2023-05-01',
    expect: [{ party: 'kosovo', demand: SA, stance: 'rejects', quote: 'no wish to set up' }],
  },
  {
    name: 'trap: "no wish to block" the membership is no refusal of it',
    text: "Serbia has no wish to block Kosovo's membership of the Council of Europe.",
    published: '2023-05-01',
    expect: [],
    none: [['serbia', IM]],
  },
];

const otherCases: Array<[ReadingCase, ReturnType<typeof evalOntology>]> = [
  [
    {
      name: '"has no wish to take the Guards off" reads the refusal',
      text: 'Washington has no wish to take the Revolutionary Guards off its terrorist list, a US official said.',
      published: '2022-04-01',
      expect: [{ party: 'united-states', demand: 'irgc-delisting', stance: 'rejects', quote: 'no wish to' }],
    },
    iran,
  ],
  [
    {
      name: '"now is not the time to ease sanctions" reads a refusal of the relief',
      text: 'The US said now was not the time to ease sanctions on North Korea.',
      published: '2019-12-20',
      expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'not the time to ease' }],
    },
    dprk,
  ],
  [
    {
      name: 'trap: "give up its weapons before it gets any sanctions relief" gives the relief no supporting cue',
      text: 'Washington insists that Pyongyang give up its nuclear weapons before it gets any sanctions relief.',
      published: '2019-03-01',
      expect: [{ party: 'united-states', demand: DN, stance: 'supports', quote: 'insists' }],
      none: [['united-states', SR]],
    },
    dprk,
  ],
  [
    {
      name: 'trap: "had to consent to … before it got any relief" reads no consent to the relief',
      text: 'US officials held that the North had to consent to scrapping its nuclear arsenal before it got any relief from sanctions.',
      published: '2019-03-01',
      expect: [],
      none: [['united-states', SR]],
    },
    dprk,
  ],
  [
    {
      name: 'what the holder asks for before a "before" clause stays its demand',
      text: 'Pyongyang wants sanctions relief before it takes further steps.',
      published: '2019-03-01',
      expect: [{ party: 'north-korea', demand: SR, stance: 'supports', quote: 'wants sanctions relief' }],
    },
    dprk,
  ],
];

describe('giving way, refusing, and what comes after "before"', () => {
  it.each(afghanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, afghanistan));
  it.each(kosovoCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
  it.each(otherCases.map(([c, o]) => [c.name, c, o] as const))('%s', (_name, c, o) => checkReading(c, o));
});
