/**
 * The side a demand is put to, the subject of the sentence, taking the step itself and told as a fact
 * ("Trump puts off a tariff increase", "Washington has postponed the duties"): the sentence tells of that
 * side's act. The document must not fall back on it as the proposer's demand stated in its own words
 * (statedDemandsOwnedByProposer); a demand stated with no one taking the step still counts. Sentences
 * written for these tests, read with the US–China trade ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-03-01';
const TR = 'tariff-removal';

const cases: ReadingCase[] = [
  {
    name: '"Trump puts off a tariff increase": the addressee’s own step is no demand of Beijing’s',
    text: "Trump puts off a tariff increase on Chinese goods. China's vice premier will visit next week.",
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: '"Washington has postponed the duties …": the same step in the perfect',
    text: 'Washington has postponed the duties on Chinese goods that were due next month. Beijing welcomed the news of the talks.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: '"the White House lifts the levies …": a step in the present, after "and"',
    text: "Beijing's envoy left on Friday, and the White House lifts the levies on Chinese goods next week.",
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: the same step owed by the addressee ("must") still states the proposer’s demand',
    text: 'Beijing sent its negotiators to Washington. Washington must remove the tariffs on Chinese goods.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'must remove', kind: 'stated-demand' }],
  },
  {
    name: 'trap: the demand stated with no one taking the step still counts for the proposer',
    text: 'Beijing sent its negotiators to Washington. The sticking point is the removal of the tariffs on Chinese goods.',
    published,
    expect: [
      {
        party: 'china',
        demand: TR,
        stance: 'supports',
        quote: 'removal of the tariffs',
        kind: 'stated-demand',
      },
    ],
  },
];

describe('the addressee’s own step is no stated demand of the proposer', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});

describe('the addressee’s own step, Russia–West ontology', () => {
  it('trap: "demands that NATO halt …" after "that" still states the demand', () =>
    checkReading({
      name: 'demands that NATO halt',
      text: 'Moscow sent its proposals to the alliance last month. Among them are demands that NATO halt the admission of any new members.',
      expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'halt the admission' }],
    }));
});
