/**
 * Two constructions any reporter uses, in any negotiation:
 * - An adverb of manner, pace or completeness between a verb and what it governs ("sit down directly
 *   with the government", "free quickly the prisoners") only says how the act is done: the demand's words
 *   read whole around it, as they do without it. Traps: the same words with a negation (a refusal), in an
 *   analysts' forecast, and an adverb after a copula ("are fully with …"), which opens no act.
 * - The party a demand is put to, named with its article as the subject of "will" and the demand's act,
 *   with the speech tag after the clause ("The United States will withdraw its troops, Biden said"), gives
 *   its own undertaking, as "Biden said the United States will …" does. Traps: the same clause told by the
 *   proposer or by analysts, and under a condition.
 * Sentences written for these tests, read with the Afghanistan and US–North Korea ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const doha = evalOntology('afghanistan-doha-2020.json');
const dprk = evalOntology('us-dprk-2018.json');
const IT = 'intra-afghan-talks';
const PR = 'prisoner-release';
const TW = 'troop-withdrawal';
const EH = 'exercises-halt';
const US = 'united-states';
const TB = 'taliban';
const AG = 'afghan-government';

const adverbCases: ReadingCase[] = [
  {
    name: '"urged … to sit down directly with the Afghan government": the adverb leaves the demand whole',
    text: 'Khalilzad urged the Taliban to sit down directly with the Afghan government.',
    published: '2019-03-05',
    expect: [{ party: US, demand: IT, stance: 'supports', quote: 'urged' }],
  },
  {
    name: '"will not sit down directly with …", their spokesman said: the negation still reaches the act',
    text: 'The Taliban will not sit down directly with the Afghan government, their spokesman Zabihullah Mujahid said.',
    published: '2019-03-05',
    expect: [{ party: TB, demand: IT, stance: 'rejects', quote: 'will not sit down directly' }],
  },
  {
    name: '"said his government would free quickly the Taliban prisoners": its own undertaking, adverb inside',
    text: 'Ghani said his government would free quickly the Taliban prisoners.',
    published: '2020-03-10',
    expect: [{ party: AG, demand: PR, stance: 'supports', quote: 'would' }],
  },
  {
    name: '"refused to release unconditionally the Taliban prisoners": a refusal of the act, adverb inside',
    text: 'Ghani refused to release unconditionally the Taliban prisoners.',
    published: '2020-03-10',
    expect: [{ party: AG, demand: PR, stance: 'rejects', quote: 'refused' }],
  },
  {
    name: 'trap: analysts expecting the Taliban to sit down directly with the government is their forecast',
    text: 'Analysts expect the Taliban to sit down directly with the Afghan government before long.',
    published: '2019-03-05',
    expect: [],
    none: [
      [TB, IT],
      [US, IT],
    ],
  },
  {
    name: 'trap: an adverb after a copula ("are fully with the Afghan people") opens no act',
    text: 'The Taliban are fully with the Afghan people, Mujahid said.',
    published: '2019-03-05',
    expect: [],
    none: [
      [TB, IT],
      [TB, 'ceasefire'],
      [AG, IT],
    ],
  },
];

const namedSubjectCases: ReadingCase[] = [
  {
    name: '"The United States will withdraw its troops …, Biden said": the article opens the said clause',
    text: 'The United States will withdraw its troops from Afghanistan, Biden said.',
    published: '2021-04-20',
    expect: [{ party: US, demand: TW, stance: 'supports', quote: 'will' }],
  },
  {
    name: 'trap: the same clause told by the proposer is its account of the addressee, not the addressee’s word',
    text: 'The United States will withdraw its troops from Afghanistan by September, the Taliban said.',
    published: '2021-04-20',
    expect: [{ party: TB, demand: TW, stance: 'supports', quote: 'the Taliban said' }],
    none: [[US, TW]],
  },
  {
    name: 'trap: the same clause as analysts’ forecast',
    text: 'The United States will withdraw its troops from Afghanistan by September, analysts predict.',
    published: '2021-04-20',
    expect: [],
    none: [[US, TW]],
  },
  {
    name: 'trap: the undertaking under a condition ("once …") is no plain acceptance',
    text: 'The United States will withdraw its troops from Afghanistan once the Taliban cut their ties to al-Qaeda, Biden said.',
    published: '2021-04-20',
    expect: [],
    none: [[US, TW]],
  },
];

const dprkCases: ReadingCase[] = [
  {
    name: '"The U.S. is going to suspend its joint exercises …, Trump said": the same with "is going to"',
    text: 'The U.S. is going to suspend its joint exercises with South Korea, Trump said.',
    published: '2018-06-15',
    expect: [{ party: US, demand: EH, stance: 'supports', quote: 'is going to' }],
  },
  {
    name: 'trap: "The U.S. will suspend …, Kim said": the proposer’s account of what the addressee will do',
    text: 'The U.S. will suspend its joint exercises with South Korea, Kim Jong Un said.',
    published: '2018-06-15',
    expect: [],
    none: [[US, EH]],
  },
];

describe('manner adverbs inside a demand’s words, and a named addressee’s undertaking before its speech tag', () => {
  for (const c of adverbCases) it(c.name, () => checkReading(c, doha));
  for (const c of namedSubjectCases) it(c.name, () => checkReading(c, doha));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
});
