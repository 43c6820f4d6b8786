/**
 * The party a demand is put to, in its own words, saying it "is going to" do what the demand asks ("the
 * United States is going to halt the joint exercises") or that it "has" done it ("we have suspended the
 * drills", "it has lifted the tariffs") accepts the demand, as "will halt" does; a quotation opening the
 * sentence ('"We will halt the drills," Trump said') is the speaker's own word like a reported clause.
 * And an offer of the step "on condition that" the other side does something is openness, as "if" makes it.
 * Traps: the same words from another side or of a third party, a question, the writer's or analysts'
 * forecast, a past perfect setting a scene, the opposite act ("resume"), and a condition. Sentences written
 * for these tests, read with the US–North Korea, US–China and Afghanistan ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const trade = evalOntology('us-china-trade-2019.json');
const doha = evalOntology('afghanistan-doha-2020.json');
const EH = 'exercises-halt';
const TR = 'tariff-removal';
const PR = 'prisoner-release';
const US = 'united-states';

const dprkCases: ReadingCase[] = [
  {
    name: '"said the United States is going to halt …": the addressee’s own undertaking',
    text: 'Trump said the United States is going to halt the joint exercises with South Korea.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'is going to halt' }],
  },
  {
    name: '"We are going to stop …," Trump told reporters: a quotation opening the sentence is his own word',
    text: '"We are going to stop the joint exercises with South Korea," Trump told reporters.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'are going to stop' }],
  },
  {
    name: '"We will halt …," Trump said: the plain undertaking in a quotation opening the sentence',
    text: '"We will halt the joint exercises with South Korea," Trump said.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'will halt' }],
  },
  {
    name: '"said the United States has halted …": the act done, by the side it is asked of, in its own word',
    text: 'Trump said the United States has halted the joint exercises with South Korea.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'has halted' }],
  },
  {
    name: '"We have suspended the joint military exercises," Trump said: the same in the first person',
    text: '"We have suspended the joint military exercises," Trump said.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'have suspended' }],
  },
  {
    name: 'trap: a third party having halted them is no act of the addressee',
    text: 'Trump said South Korea has halted the joint exercises.',
    published: '2018-06-20',
    expect: [],
    none: [
      [US, EH],
      ['south-korea', EH],
    ],
  },
  {
    name: 'trap: the proposer telling what the addressee is going to do is its account, not the addressee’s word',
    text: 'Kim said the United States is going to halt the joint exercises.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a question whether it has halted them',
    text: 'Trump asked whether the United States has halted the joint exercises with South Korea.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: analysts’ forecast of what the addressee is going to do',
    text: 'The United States is going to halt the joint exercises with South Korea, analysts expect.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: the writer’s own statement that it has halted them names no one’s word',
    text: 'The United States has halted the joint exercises with South Korea.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a past perfect setting the scene for what came after is no act of now',
    text: 'Trump said the United States had halted the joint exercises with South Korea before resuming them.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: "going to resume" the exercises is the opposite act, never an acceptance',
    text: '"We are going to resume the joint exercises with South Korea," Trump said.',
    published: '2018-06-20',
    expect: [{ party: US, demand: EH, stance: 'rejects', quote: 'resume the joint exercises' }],
  },
  {
    name: 'trap: "is going to halt … if the talks go well" is no plain undertaking',
    text: 'Trump said the United States is going to halt the joint exercises if the talks go well.',
    published: '2018-06-20',
    expect: [],
    none: [[US, EH]],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: '"said it is going to lift the tariffs": the pronoun stands for the one saying',
    text: 'Washington said it is going to lift the tariffs on Chinese goods.',
    published: '2019-06-20',
    expect: [{ party: US, demand: TR, stance: 'supports', quote: 'is going to lift' }],
  },
  {
    name: '"said it has lifted the tariffs": the act done',
    text: 'Washington said it has lifted the tariffs on Chinese goods.',
    published: '2019-06-20',
    expect: [{ party: US, demand: TR, stance: 'supports', quote: 'has lifted' }],
  },
  {
    name: 'trap: tariffs lifted on another country’s goods are another measure',
    text: 'Washington said it has lifted the tariffs on Mexican steel.',
    published: '2019-06-20',
    expect: [],
    none: [[US, TR]],
  },
];

const dohaCases: ReadingCase[] = [
  {
    name: '"would release … on the condition that the insurgents …": the addressee’s conditional step is openness',
    text: 'Kabul would release the Taliban prisoners on the condition that the insurgents cut violence, Ghani said.',
    published: '2020-03-10',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'open', quote: 'would' }],
  },
  {
    name: 'trap: the proposer telling what the addressee would do on a condition is its account',
    text: 'The Taliban said Kabul would release the Taliban prisoners on condition that the insurgents cut violence.',
    published: '2020-03-10',
    expect: [],
    none: [['afghan-government', PR]],
  },
  {
    name: 'trap: a question whether it would release them on that condition',
    text: 'Would Kabul release the Taliban prisoners on condition that the insurgents cut violence?',
    published: '2020-03-10',
    expect: [],
    none: [['afghan-government', PR]],
  },
];

describe('"is going to", "has done" and a quotation opening the sentence: the addressee’s own undertaking', () => {
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
});

describe('"on condition that" after the addressee’s offered step is a condition, as "if" is', () => {
  for (const c of dohaCases) it(c.name, () => checkReading(c, doha));
});
