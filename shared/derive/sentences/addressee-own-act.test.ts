/**
 * The party a demand is put to, in its own words, of its own act: saying the act asked "should" or "must"
 * happen ("Trump said the joint drills should be halted", "… must end", "the United States should halt …")
 * accepts the demand, as "… should continue" refuses it; and telling it in the passive as ahead or done
 * ("the drills will be suspended", "its troops would be pulled out of the corridor") is its undertaking,
 * as the active "will halt" is (firm-undertakings.test.ts).
 * Traps: the proposer saying the same words (its demand, already read as such), a third party, another
 * side's view told by the speaker ("Pyongyang thinks", "in Kim's view", "as Kim demanded"), the writer's or
 * analysts' forecast, the opposite act ("will be resumed"), a condition, a question, a past perfect setting
 * a scene, and an obligation put on the addressee inside the proposer's proposal ("They suggest that NATO
 * should commit to …"). Sentences written for these tests, read with the US–North Korea, Gaza,
 * Afghanistan and Russia–West ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const doha = evalOntology('afghanistan-doha-2020.json');
const EH = 'exercises-halt';
const US = 'united-states';
const NK = 'north-korea';
const D = '2018-06-20';

const obligationCases: ReadingCase[] = [
  {
    name: '"Trump said the joint drills should be halted": the addressee saying its own act is owed accepts it',
    text: 'Trump said the joint drills should be halted.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'should be halted' }],
  },
  {
    name: '"… must end": the same with "must" and the act’s own verb',
    text: 'Trump said the joint drills must end.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'must end' }],
  },
  {
    name: '"The joint drills should stop," Trump told reporters: in a quotation opening the sentence',
    text: '"The joint drills should stop," Trump told reporters.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'should stop' }],
  },
  {
    name: '"… have to be halted": "have to" as "must"',
    text: 'Trump said the joint drills have to be halted.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'have to be halted' }],
  },
  {
    name: '"the United States should halt …": the obligation the speaking side puts on itself',
    text: 'Trump said the United States should halt the joint drills.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'should halt' }],
  },
  {
    name: 'unchanged: "… should continue" is its refusal',
    text: 'Trump said the joint drills should continue.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'rejects', quote: 'should continue' }],
  },
  {
    name: 'trap: the proposer saying the same words is its demand, not the addressee’s acceptance',
    text: 'Kim said the joint drills should be halted.',
    published: D,
    expect: [{ party: NK, demand: EH, stance: 'supports', quote: 'should be halted' }],
    none: [[US, EH]],
  },
  {
    name: 'trap: a third party saying so is no word of the addressee',
    text: 'Abe said the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: what the addressee says the proposer thinks is the proposer’s view',
    text: 'Trump said Pyongyang thinks the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: "in Kim’s view" tells whose view it is',
    text: 'Trump said that, in Kim’s view, the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: the obligation inside the proposer’s demand the addressee reports',
    text: 'Trump said Kim had insisted that the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a question whether they should be halted',
    text: 'Trump asked whether the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: analysts saying so name no party’s word',
    text: 'Analysts said the joint drills should be halted.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: under a condition it is no plain acceptance (openness, as "if" makes it, unchanged)',
    text: 'Trump said the joint drills should be halted if the talks go well.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'open', quote: 'should be halted' }],
  },
];

const passiveCases: ReadingCase[] = [
  {
    name: '"Trump said the joint drills will be suspended": the passive undertaking of its own act',
    text: 'Trump said the joint drills will be suspended.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'will be suspended' }],
  },
  {
    name: '"…, Washington said": the speaker after the clause',
    text: 'The joint drills will be suspended, Washington said.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'will be suspended' }],
  },
  {
    name: '"would be halted" in reported speech',
    text: 'Trump said the joint drills would be halted.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'would be halted' }],
  },
  {
    name: 'unchanged: "will not be suspended" is its refusal',
    text: 'Trump said the joint drills will not be suspended.',
    published: D,
    expect: [{ party: US, demand: EH, stance: 'rejects', quote: 'will not be suspended' }],
  },
  {
    name: 'trap: the opposite act, "will be resumed"',
    text: 'Trump said the joint drills will be resumed.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: the proposer telling it is its own account, not the addressee’s word',
    text: 'Kim said the joint drills will be suspended.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: the writer’s forecast',
    text: 'The joint drills will likely be suspended.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: analysts’ forecast',
    text: 'The joint drills will be suspended, analysts said.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a condition after it',
    text: 'Trump said the joint drills will be suspended if the talks go well.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a question',
    text: 'Will the joint drills be suspended? Trump asked.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: a past perfect setting the scene',
    text: 'Trump said the joint drills had been suspended when the talks began.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: another side named as the doer',
    text: 'Trump said the joint drills will be suspended by Seoul.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: another side’s view told by the addressee',
    text: 'Trump said Pyongyang thinks the joint drills will be suspended.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
  {
    name: 'trap: inside the guarantee the proposer wants',
    text: 'Trump said Kim wants assurances that the joint drills will be suspended.',
    published: D,
    expect: [],
    none: [[US, EH]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"Israel said its troops would be pulled out of the corridor": the addressee’s passive undertaking',
    text: 'Israel said its troops would be pulled out of the corridor.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: 'israeli-withdrawal', stance: 'supports', quote: 'would be pulled out' },
    ],
  },
  {
    name: 'trap: the proposer telling the same is not Israel’s word',
    text: 'Hamas said Israeli forces will be withdrawn from Gaza.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'israeli-withdrawal']],
  },
  {
    name: 'trap: under a condition',
    text: 'Israel said Israeli forces will be withdrawn from Gaza if the hostages are released.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'israeli-withdrawal']],
  },
];

const dohaCases: ReadingCase[] = [
  {
    name: '"Pompeo said US troops will be withdrawn from Afghanistan": the addressee’s passive undertaking',
    text: 'Pompeo said US troops will be withdrawn from Afghanistan.',
    published: '2020-02-01',
    expect: [{ party: US, demand: 'troop-withdrawal', stance: 'supports', quote: 'will be withdrawn' }],
  },
  {
    name: '"Pompeo said foreign forces should leave Afghanistan": its own act said to be owed',
    text: 'Pompeo said foreign forces should leave Afghanistan.',
    published: '2020-02-01',
    expect: [{ party: US, demand: 'troop-withdrawal', stance: 'supports', quote: 'should leave' }],
  },
  {
    name: 'trap: the proposer’s "must leave" is its demand only',
    text: 'The Taliban said foreign forces must leave Afghanistan.',
    published: '2020-02-01',
    expect: [{ party: 'taliban', demand: 'troop-withdrawal', stance: 'supports', quote: 'must leave' }],
    none: [[US, 'troop-withdrawal']],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: 'trap: an obligation put on the addressee inside the proposer’s proposal stays the proposal’s content',
    text: 'They suggest that NATO should commit to not expanding.',
    published: '2022-01-20',
    expect: [],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: the proposal’s obligation, reported by a side it is put to',
    text: 'Blinken said the Russian proposals suggest that NATO should commit to not expanding.',
    published: '2022-01-20',
    expect: [],
    none: [
      [US, 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "according to Lavrov" makes it the proposer’s words',
    text: 'Blinken said, according to Lavrov, NATO must stop enlarging.',
    published: '2022-01-20',
    expect: [],
    none: [
      [US, 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
];

describe('the addressee saying its own act "should" happen accepts the demand', () => {
  for (const c of obligationCases) it(c.name, () => checkReading(c, dprk));
  for (const c of russiaWestCases) it(c.name, () => checkReading(c, seedOntology()));
});

describe('the addressee telling its own act in the passive as ahead undertakes it', () => {
  for (const c of passiveCases) it(c.name, () => checkReading(c, dprk));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of dohaCases) it(c.name, () => checkReading(c, doha));
});
