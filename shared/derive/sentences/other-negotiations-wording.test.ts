/**
 * Wording a user of these negotiations would write that their ontologies lacked: "nuclear arms" and "take
 * apart" for North Korea's disarmament; the "Serb municipal association", pulling the police "out" or
 * "back" and changing plates in Kosovo (the traps also with the plainer copy); cutting "the number of checks" in Northern
 * Ireland; an "enforcement system" (a "system of enforcement") in the US–China talks. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const korea = evalOntology('us-dprk-2018.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const kosovoModest = evalOntology('modest/kosovo-serbia-2022.json');
const ni = evalOntology('ni-protocol-2021.json');
const trade = evalOntology('us-china-trade-2019.json');

const koreaCases: ReadingCase[] = [
  {
    name: '"nuclear arms" are the nuclear weapons given up',
    text: 'Washington insists that the North give up its nuclear arms before the sanctions come off.',
    published: '2019-06-20',
    expect: [{ party: 'united-states', demand: 'denuclearization', stance: 'supports', quote: 'insists' }],
  },
  {
    name: 'proposing to take apart the nuclear facilities is openness to disarming',
    text: 'Pyongyang had proposed taking apart the nuclear facilities at Yongbyon.',
    published: '2019-02-28',
    expect: [{ party: 'north-korea', demand: 'denuclearization', stance: 'open', quote: 'proposed' }],
  },
  {
    name: 'never taking apart the arsenal refuses it',
    text: 'Pyongyang will never take apart its nuclear arsenal, the minister said.',
    published: '2019-02-28',
    expect: [{ party: 'north-korea', demand: 'denuclearization', stance: 'rejects', quote: 'take' }],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: 'pressing for the "Serb municipal association" backs the association',
    text: 'Belgrade keeps pressing Pristina to create the Serb municipal association.',
    published: '2023-06-06',
    expect: [
      { party: 'serbia', demand: 'serb-association', stance: 'supports', quote: 'pressing Pristina to' },
    ],
  },
  {
    name: 'not pulling the police out of the north refuses the de-escalation',
    text: 'Kurti said he would not pull the police out of the north.',
    published: '2023-05-30',
    expect: [{ party: 'kosovo', demand: 'north-de-escalation', stance: 'rejects', quote: 'pull' }],
  },
  {
    name: 'refusing to change their plates refuses the re-registration',
    text: 'Serbs in the north refuse to change their plates.',
    published: '2022-11-02',
    expect: [{ party: 'kosovo-serbs', demand: 'licence-plates', stance: 'rejects', quote: 'refuse' }],
  },
  {
    name: 'trap: where plates can be changed is no one’s position',
    text: 'Drivers can change their plates at any registration centre, the ministry said.',
    published: '2022-11-02',
    expect: [],
    none: [
      ['kosovo', 'licence-plates'],
      ['kosovo-serbs', 'licence-plates'],
    ],
  },
  {
    name: 'trap: police that pulled out, told as an event, are no one’s position',
    text: 'The police pulled out of Zvecan after the clashes, Kurti said.',
    published: '2023-05-30',
    expect: [],
    none: [['kosovo', 'north-de-escalation']],
  },
];

const niCases: ReadingCase[] = [
  {
    name: 'intending to cut the number of checks is a move toward the cut',
    text: 'The EU intends to cut the number of checks sharply.',
    published: '2021-10-08',
    expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'open', quote: 'intends' }],
  },
  {
    name: 'wanting the other side to cut the checks backs the cut',
    text: 'London wants Brussels to cut the checks on goods from Britain.',
    published: '2021-10-08',
    expect: [{ party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: checks "cut short" by an accident are no one’s position',
    text: 'The checks were cut short by a power failure, officials said.',
    published: '2021-10-08',
    expect: [],
    none: [
      ['eu', 'checks-reduction'],
      ['uk', 'checks-reduction'],
    ],
  },
];

describe('US–North Korea: disarmament wording', () => {
  for (const c of koreaCases) it(c.name, () => checkReading(c, korea));
});
describe('Kosovo–Serbia wording', () => {
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
  // The modest copy is a sample the tool draws from the full lists (eval/README.md), so which phrases it keeps
  // moves when the full lists grow: only the traps, which must hold whatever the lists, run against it.
  for (const c of kosovoCases.filter((k) => k.expect.length === 0))
    it(`modest copy: ${c.name}`, () => checkReading(c, kosovoModest));
});
describe('Northern Ireland: cutting the number of checks', () => {
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});

const tradeCases: ReadingCase[] = [
  {
    name: 'pressing for a system of enforcement backs the enforcement mechanism',
    text: 'Washington pressed hard for a system of enforcement with real teeth.',
    published: '2019-05-09',
    expect: [
      {
        party: 'united-states',
        demand: 'enforcement-mechanism',
        stance: 'supports',
        quote: 'system of enforcement',
      },
    ],
  },
  {
    name: 'rejecting the demand for an enforcement system refuses it',
    text: 'Beijing rejected the American demand for an enforcement system that would let Washington act alone.',
    published: '2019-05-09',
    expect: [{ party: 'china', demand: 'enforcement-mechanism', stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: a port’s customs enforcement system is no one’s position',
    text: 'The customs enforcement system at the port was upgraded last year, officials said.',
    published: '2019-05-09',
    expect: [],
    none: [
      ['united-states', 'enforcement-mechanism'],
      ['china', 'enforcement-mechanism'],
    ],
  },
];

describe('US–China: an enforcement system', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
});
