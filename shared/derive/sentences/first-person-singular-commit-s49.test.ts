/**
 * The leader of the side a demand is put to saying, in the first person singular, that he will (or will
 * not) do what the demand asks: '"I will not end the war," Netanyahu said', '"I will not remove the
 * tariffs," Trump said', '"I will not lift the sanctions," Trump told reporters'. The rule that reads a
 * side's own "we will (not) <the demand's act>" as its undertaking or refusal (addresseeCommits) knew
 * "we", "it", "they", "he" and "she" as the modal's subject but not "I", though the holder found for it
 * (the quoted speaker's side) is the same as for "we"; so the singular went unread while the plural read.
 * Found in real coverage in the singular with other verbs of refusal and in the plural with the demand's
 * own verb: Vucic, "as long as I am president, I will not sign or accept" recognition (tellerreport.com,
 * 1 March 2023); Kurti on the association, "I am not going to allow this" (exit.al, HARDtalk interview);
 * Trump on a complete rollback of the tariffs, "I won't do it" (channelstv.com, 8 November 2019); Trump,
 * "we will not lift sanctions" on Iran (see.news, 6 September 2019); Netanyahu, "we will not end the war
 * until …" (israelnationalnews.com, Knesset speech).
 * Traps: the side that made the demand saying "I will not …" (no concession to refuse), a speaker of no
 * party (a reservist, a trader), a question, and the undertaking only under a condition.
 * Uses the gaza, us-china and us-dprk ontologies of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const trade = evalOntology('us-china-trade-2019.json');
const dprk = evalOntology('us-dprk-2018.json');
const PC = 'permanent-ceasefire';
const TR = 'tariff-removal';
const SR = 'sanctions-relief';

const gazaCases: ReadingCase[] = [
  {
    name: '"I will not end the war," the prime minister said: his side refuses the demand put to it',
    text: '"I will not end the war," Netanyahu said.',
    published: '2024-05-03',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'I will not end the war' }],
  },
  {
    name: 'the quotation after the verb of saying, with a time limit on the refusal',
    text: 'Netanyahu told the cabinet: "I will not stop the war before every hostage is home."',
    published: '2024-05-03',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'I will not stop the war' }],
  },
  {
    name: 'trap: a speaker of no party saying the same words',
    text: '"I will not end the war," said a reservist outside the Knesset.',
    published: '2024-05-03',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: the refusal only under a condition',
    text: '"I would not end the war," Netanyahu said, "if Hamas kept its weapons."',
    published: '2024-05-03',
    expect: [],
    none: [['israel', PC]],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: '"I will not remove the tariffs," Trump said: the side asked refuses',
    text: '"I will not remove the tariffs," Trump said.',
    published: '2019-11-08',
    expect: [
      { party: 'united-states', demand: TR, stance: 'rejects', quote: 'I will not remove the tariffs' },
    ],
  },
  {
    name: '"I will remove the tariffs": the same side undertaking it',
    text: '"I will remove the tariffs," Trump told reporters at the White House.',
    published: '2019-11-08',
    expect: [{ party: 'united-states', demand: TR, stance: 'supports', quote: 'I will remove the tariffs' }],
  },
  {
    name: 'trap: the side that made the demand saying "I will not"',
    text: '"I will not remove the tariffs," Liu He said.',
    published: '2019-11-08',
    expect: [],
    none: [
      ['china', TR],
      ['united-states', TR],
    ],
  },
  {
    name: "trap: a question in the leader's mouth",
    text: '"Will I remove the tariffs?" Trump asked.',
    published: '2019-11-08',
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a trader, no party, in the first person',
    text: '"I will not remove the tariffs," a trader in Chicago said.',
    published: '2019-11-08',
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: the undertaking tied to the other side keeping its word',
    text: '"I will remove the tariffs once China keeps its word," Trump said.',
    published: '2019-11-08',
    expect: [],
    none: [['united-states', TR]],
  },
];

const dprkCases: ReadingCase[] = [
  {
    name: '"I will not lift the sanctions," told to reporters',
    text: '"I will not lift the sanctions," Trump told reporters in Hanoi.',
    published: '2019-02-28',
    expect: [
      { party: 'united-states', demand: SR, stance: 'rejects', quote: 'I will not lift the sanctions' },
    ],
  },
  {
    name: 'trap: the side that wants the sanctions lifted saying the words',
    text: '"I will not lift the sanctions," Kim said.',
    published: '2019-02-28',
    expect: [],
    none: [
      ['north-korea', SR],
      ['united-states', SR],
    ],
  },
];

describe('first person singular undertaking or refusal of the side asked (s49)', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
});
