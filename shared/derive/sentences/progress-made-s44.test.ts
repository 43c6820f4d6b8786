/**
 * Progress told of two sides together: "China and the United States made progress on …", "Both sides
 * moved forward substantially on a number of points, among them …", "the two sides have made headway
 * on …". The side the demand is put to is open on it; the side that asks it is not read from it. Traps:
 * a negation or scant amount ("made no progress", "little headway"), an infinitive of hope ("hope to
 * make progress"), a question ("whether … made progress"), a demand past a contrast (", while …"),
 * two sides neither of which asks the demand, and one party alone.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const uscn = evalOntology('us-china-trade-2019.json');
const published = '2019-05-14';

const cases: ReadingCase[] = [
  {
    name: 'two parties joined by "and": "China and the United States made progress on …" (China open)',
    text: 'China and the United States made progress on structural issues during the talks in Beijing, the commerce ministry said.',
    published,
    expect: [
      {
        party: 'china',
        demand: 'structural-reform',
        stance: 'open',
        quote: 'made progress on structural issues',
      },
    ],
  },
  {
    name: '"Both sides moved forward substantially on …, among them …" after a sentence naming the two',
    text:
      'The latest round of trade negotiations between Beijing and Washington was tense. ' +
      'Both sides moved forward substantially on several points, among them purchase commitments and an enforcement mechanism.',
    published,
    expect: [
      { party: 'china', demand: 'purchase-commitments', stance: 'open', quote: 'Both sides moved forward' },
      { party: 'china', demand: 'enforcement-mechanism', stance: 'open', quote: 'Both sides moved forward' },
    ],
  },
  {
    name: '"have made headway on": an auxiliary and another noun of progress',
    text: 'Washington and Beijing have made real headway on an enforcement mechanism, according to people briefed on the talks.',
    published,
    expect: [{ party: 'china', demand: 'enforcement-mechanism', stance: 'open', quote: 'made real headway' }],
  },
  {
    name: 'trap: "made no progress on" is no openness',
    text: 'China and the United States made no progress on structural issues this week.',
    published,
    expect: [],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'trap: "made little headway on" is no openness',
    text: 'Beijing and Washington made little headway on purchase commitments in the latest round.',
    published,
    expect: [],
    none: [['china', 'purchase-commitments']],
  },
  {
    name: 'trap: an infinitive of hope ("hope to make progress on") tells no step taken',
    text: 'China and the United States hope to make progress on an enforcement mechanism next month.',
    published,
    expect: [],
    none: [['china', 'enforcement-mechanism']],
  },
  {
    name: 'trap: a question ("whether … made progress") tells no step taken',
    text: 'Analysts asked whether China and the United States made progress on structural issues.',
    published,
    expect: [],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'trap: the demand past a contrast ("…, while …") is not where progress was made',
    text: 'China and the United States made progress on farm trade, while structural issues were left for later.',
    published,
    expect: [],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'trap: two sides neither of which asks the demand',
    text: 'China and Russia made progress on structural issues in their own trade, officials said.',
    published,
    expect: [],
    none: [
      ['china', 'structural-reform'],
      ['russia', 'structural-reform'],
    ],
  },
  {
    name: 'trap: one party alone making progress ("China made progress on …") is not read here',
    text: 'A think tank said China made progress on structural issues last year.',
    published,
    expect: [],
    none: [['china', 'structural-reform']],
  },
];

describe('progress told of two sides together', () => {
  for (const c of cases) it(c.name, () => checkReading(c, uscn));
});
