/**
 * Readiness to take up what a demand names as a noun: "ready / willing / prepared to" and a verb that
 * takes it up (hold, call, declare, join, start, begin, resume, open, launch, restart), then, with at
 * most a determiner between, the demand's words: "Pristina is ready to hold new elections in the
 * north", "the Taliban are ready to begin intra-Afghan negotiations". Read as readiness right before
 * the demand's own verb is: openness. Traps: the verb's object another noun ("ready to hold talks on
 * the elections", "ready to open a new office, though intra-Afghan talks …"), the demand in a clause
 * of its own after ("ready to hold a meeting before new elections are called"), a yes/no question and
 * a condition ("if Kosovo is ready to hold …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const afghanistan = evalOntology('afghanistan-doha-2020.json');
const NORTH = 'north-de-escalation';
const TALKS = 'intra-afghan-talks';

const kosovoCases: ReadingCase[] = [
  {
    name: '"is ready to hold new elections": the party asked to hold them is open',
    text: 'Pristina is ready to hold new elections in the four northern municipalities, the minister said.',
    published: '2023-06-02',
    expect: [{ party: 'kosovo', demand: NORTH, stance: 'open', quote: 'ready to hold new elections' }],
  },
  {
    name: '"prepared to call new elections", in a quotation of the prime minister: open',
    text: '"I am prepared to call new elections within a few months," Kosovo\'s Prime Minister Albin Kurti said.',
    published: '2023-06-02',
    expect: [{ party: 'kosovo', demand: NORTH, stance: 'open', quote: 'prepared to call new elections' }],
  },
  {
    name: 'trap: the verb takes another noun ("ready to hold talks on the elections")',
    text: 'Pristina is ready to hold talks on the elections with Belgrade.',
    published: '2023-06-02',
    expect: [],
    none: [['kosovo', NORTH]],
  },
  {
    name: 'trap: the elections in a clause of time after the readiness',
    text: 'Kosovo is ready to hold a meeting before new elections are called.',
    published: '2023-06-02',
    expect: [],
    none: [['kosovo', NORTH]],
  },
  {
    name: 'trap: a condition on the readiness ("if Kosovo is ready to hold …") is no position',
    text: 'The EU will lift its measures if Kosovo is ready to hold new elections in the north.',
    published: '2023-06-02',
    expect: [],
    none: [['kosovo', NORTH]],
  },
];

const afghanCases: ReadingCase[] = [
  {
    name: '"are ready to begin intra-Afghan negotiations": the Taliban are open',
    text: 'The Taliban are ready to begin intra-Afghan negotiations as soon as the remaining prisoners go free.',
    published: '2020-08-09',
    expect: [
      { party: 'taliban', demand: TALKS, stance: 'open', quote: 'ready to begin intra-Afghan negotiations' },
    ],
  },
  {
    name: '"willing to resume the intra-Afghan talks", with a determiner: open',
    text: 'Taliban spokesman Suhail Shaheen said the Taliban were willing to resume the intra-Afghan talks in Doha.',
    published: '2020-10-01',
    expect: [
      { party: 'taliban', demand: TALKS, stance: 'open', quote: 'willing to resume the intra-Afghan talks' },
    ],
  },
  {
    name: 'trap: "ready to open a new office", the talks in another clause',
    text: 'The Taliban were ready to open a new office in Doha, though intra-Afghan talks had stalled.',
    published: '2020-10-01',
    expect: [],
    none: [['taliban', TALKS]],
  },
];

describe('readiness to take up a demand named as a noun is openness to it', () => {
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghanistan));
});
