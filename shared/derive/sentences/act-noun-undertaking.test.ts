/**
 * The act asked, told with the act's own noun as the subject of an intransitive verb of the act after
 * "will", "would" or "is going to" ("American troops will leave Afghanistan", "the joint drills will
 * stop", "the special police would withdraw from the north"), said by the party the demand is put to in
 * its own word: its undertaking, as "the drills will be suspended" is (active-undertaking.ts). Not
 * another side's claim of it, a denial, a condition, a need ("would have to"), a question, a wish or a
 * forecast. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const korea = evalOntology('us-dprk-2018.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const TW = 'troop-withdrawal';
const EH = 'exercises-halt';
const ND = 'north-de-escalation';

const afghanCases: ReadingCase[] = [
  {
    name: '"American troops will leave Afghanistan", the president said: his undertaking',
    text: 'Biden said American troops will leave Afghanistan by September.',
    published: '2021-04-13',
    expect: [{ party: 'united-states', demand: TW, stance: 'supports', quote: 'American troops will leave' }],
  },
  {
    name: 'trap: the other side saying the troops will leave is no undertaking of Washington',
    text: 'The Taliban said American troops will leave Afghanistan soon.',
    published: '2021-04-13',
    expect: [],
    none: [['united-states', TW]],
  },
  {
    name: 'trap: "will not leave" is no undertaking',
    text: 'Biden said American troops will not leave Afghanistan this year.',
    published: '2021-04-13',
    expect: [{ party: 'united-states', demand: TW, stance: 'rejects', quote: 'will not leave Afghanistan' }],
  },
  {
    name: 'trap: a forecast by analysts is no one’s undertaking',
    text: 'American troops will leave Afghanistan within months, analysts say.',
    published: '2021-04-13',
    expect: [],
    none: [['united-states', TW]],
  },
  {
    name: 'trap: "would have to leave" is a need, not an undertaking',
    text: 'Biden said American troops would have to leave Afghanistan eventually.',
    published: '2021-04-13',
    expect: [],
    none: [['united-states', TW]],
  },
  {
    name: 'trap: "will leave … once" the other side acts is a condition',
    text: 'Biden said American troops will leave Afghanistan once the Taliban cut ties with al-Qaeda.',
    published: '2021-04-13',
    expect: [],
    none: [['united-states', TW]],
  },
  {
    name: 'trap: a question put to the president',
    text: 'Will American troops leave Afghanistan by May, Biden was asked.',
    published: '2021-04-13',
    expect: [],
    none: [['united-states', TW]],
  },
];

const koreaCases: ReadingCase[] = [
  {
    name: '"the joint exercises … will stop", the president said: his undertaking',
    text: 'Trump said the joint exercises with South Korea will stop.',
    published: '2018-06-12',
    expect: [{ party: 'united-states', demand: EH, stance: 'supports', quote: 'will stop' }],
  },
  {
    name: '"would end while talks go on": an undertaking for the time of the talks',
    text: 'Trump said the joint military exercises would end while talks go on.',
    published: '2018-06-12',
    expect: [{ party: 'united-states', demand: EH, stance: 'supports', quote: 'would end' }],
  },
  {
    name: 'trap: the proposer saying the drills will stop is no undertaking of Washington',
    text: 'Kim said the joint exercises with South Korea will stop.',
    published: '2018-06-12',
    expect: [],
    none: [['united-states', EH]],
  },
  {
    name: 'trap: "will stop once the North dismantles …" is a condition',
    text: 'Trump said the joint exercises will stop once the North dismantles Yongbyon.',
    published: '2018-06-12',
    expect: [],
    none: [['united-states', EH]],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"the special police would withdraw from the north", the prime minister said: his undertaking',
    text: 'Kurti said the special police would withdraw from the north.',
    published: '2023-06-12',
    expect: [{ party: 'kosovo', demand: ND, stance: 'supports', quote: 'would withdraw' }],
  },
  {
    name: 'trap: "will not withdraw" is no undertaking',
    text: 'Kurti said the special police will not withdraw from the north.',
    published: '2023-06-12',
    expect: [],
    none: [['kosovo', ND]],
  },
];

describe('the act’s noun with "will" and a verb of the act, in the addressee’s own word', () => {
  it.each(afghanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, afghanistan));
  it.each(koreaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
  it.each(kosovoCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
});
