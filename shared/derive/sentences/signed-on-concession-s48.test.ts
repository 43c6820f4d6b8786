/**
 * "signed on to" (a shipped supports cue) said of the side a demand is put to: signing on is giving
 * assent, a concession as "agreed to" is, so the side that signs on backs the demand ("China has signed on
 * to structural changes", "Washington has signed on to a ban on intermediate-range missiles in Europe",
 * "Kosovo has signed on to the Association of Serb-majority Municipalities"). Before, the rule that keeps
 * the demand told as addressed to a side from reading as that side's support knew only single conceding
 * verbs ("agreed", "accepted", "pledged"), so the cue was read for the refusal ("has not signed on to")
 * and never for the assent.
 * Traps: a side asked, urged or pressed to sign on (the asker's wish, not the addressee's assent), and a
 * side that would sign on only in a condition ("If China signs on to …").
 * Uses the us-china and kosovo-serbia ontologies of eval/ontologies and the shipped one. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const SR = 'structural-reform';
const SA = 'serb-association';

const tradeCases: ReadingCase[] = [
  {
    name: '"has signed on to structural changes": the side asked gives its assent',
    text: 'China has signed on to structural changes, the commerce ministry said.',
    published: '2019-12-14',
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'signed on to' }],
  },
  {
    name: '"has not signed on to": still its refusal',
    text: 'Beijing has not signed on to structural changes.',
    published: '2019-12-14',
    expect: [{ party: 'china', demand: SR, stance: 'rejects', quote: 'signed on to' }],
  },
  {
    name: 'trap: the asking side wanting the other to sign on',
    text: 'Washington wants China to sign on to structural changes.',
    published: '2019-12-14',
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: the other side urged to sign on',
    text: 'Trump urged China to sign on to structural changes.',
    published: '2019-12-14',
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: signing on only in a condition',
    text: 'If China signs on to structural changes, the tariffs will be lifted, Trump said.',
    published: '2019-12-14',
    expect: [],
    none: [['china', SR]],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"has signed on to the Association": Pristina concedes the Serb-majority municipalities',
    text: 'Kosovo has signed on to the Association of Serb-majority Municipalities, Borrell said.',
    published: '2023-03-19',
    expect: [{ party: 'kosovo', demand: SA, stance: 'supports', quote: 'signed on to' }],
  },
  {
    name: 'trap: Kosovo pressed to sign on by the mediator',
    text: 'The EU pressed Kosovo to sign on to the Association of Serb-majority Municipalities.',
    published: '2023-03-19',
    expect: [],
    none: [['kosovo', SA]],
  },
];

const shippedCases: ReadingCase[] = [
  {
    name: '"has signed on to a ban on intermediate-range missiles": the side asked agrees',
    text: 'Washington has signed on to a ban on intermediate-range missiles in Europe.',
    published: '2022-01-20',
    expect: [
      { party: 'united-states', demand: 'missile-deployment', stance: 'supports', quote: 'signed on to' },
    ],
  },
];

describe('signed on to: assent of the side asked (s48)', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
  for (const c of shippedCases) it(c.name, () => checkReading(c));
});
