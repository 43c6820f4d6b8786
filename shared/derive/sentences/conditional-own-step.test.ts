/**
 * The side a demand is put to, the subject, offering the step itself on a condition that follows ("The US
 * will lift the duties only once Beijing has carried out its commitments", "Iran would return to full
 * compliance if the US lifts all sanctions"): openness to the demand, not acceptance and no refusal.
 * "only once", "only after", "only when" are conditions as "if" is. Not where another party speaks of
 * the subject, nor where the subject is inside the condition. Sentences written for these tests, read
 * with the US–China trade and Iran ontologies of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');
const TR = 'tariff-removal';
const SL = 'sanctions-lifting';
const NL = 'nuclear-limits';

const tradeCases: ReadingCase[] = [
  {
    name: '"will lift the duties only once Beijing has …": the addressee’s conditional step is openness',
    text: 'The US will lift the duties on Chinese goods only once Beijing has carried out its commitments.',
    published: '2019-03-09',
    expect: [{ party: 'united-states', demand: TR, stance: 'open', quote: 'only once' }],
  },
  {
    name: '"said it would remove … only after …": the pronoun stands for the one saying',
    text: 'Washington said it would remove the tariffs on Chinese goods only after China honours the deal.',
    published: '2019-03-09',
    expect: [{ party: 'united-states', demand: TR, stance: 'open', quote: 'only after' }],
  },
  {
    name: 'trap: another party telling what the addressee would do is no offer of the addressee',
    text: 'Beijing said Washington would remove the tariffs on Chinese goods only after the deal was signed.',
    published: '2019-03-09',
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: "even if" is no condition',
    text: 'Washington will remove the tariffs on Chinese goods, even if Beijing complains about the timing.',
    published: '2019-03-09',
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: the addressee named inside the condition offers nothing',
    text: 'China would cut its own tariffs on American farm goods if Washington removes the tariffs on Chinese goods.',
    published: '2019-03-09',
    expect: [],
    none: [['united-states', TR]],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: '"would return to full compliance if the US lifts …": Iran open to the limits',
    text: 'Iran would return to full compliance if the US lifts all sanctions.',
    published: '2021-11-11',
    expect: [{ party: 'iran', demand: NL, stance: 'open', quote: 'would return' }],
  },
  {
    name: '"only once" after a party’s own speaker: the declared step is open, not dropped',
    text: 'Washington will lift sanctions on Iran only once Tehran returns to full compliance, Blinken said.',
    published: '2021-11-11',
    expect: [
      { party: 'united-states', demand: SL, stance: 'open', quote: 'only once' },
      { party: 'united-states', demand: NL, stance: 'supports', quote: 'only once' },
    ],
  },
  {
    name: 'trap: a refusal until a condition is met stays a refusal',
    text: 'The US will not lift sanctions on Iran until Tehran returns to full compliance.',
    published: '2021-11-11',
    expect: [{ party: 'united-states', demand: SL, stance: 'rejects', quote: 'will not lift' }],
  },
];

describe('the addressee’s step offered on a condition', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
