/**
 * A measure named without the anchor that ties it to the negotiation ("the tariffs", "the designation"),
 * whose restriction has for its agent the party the demand is put to, and only that party ("Washington
 * has agreed to drop the added tariffs"): the measure that party would lift is the one asked of it, and
 * the sentence reads for that party. It is not the proposer's demand stated in its own words, and it is
 * no reading where another target is named ("tariffs on steel from Canada"), where both sides act
 * together, where the agent is only the object of a preposition, or where a condition or a time hangs on
 * the step (those are read with the demand's own anchor). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');
const published = '2019-06-01';
const TR = 'tariff-removal';

const tradeCases: ReadingCase[] = [
  {
    name: '"Washington has agreed to scrap the added tariffs": the addressee agrees to the step',
    text: 'Washington has agreed to scrap the added tariffs in stages, a spokesman in Beijing said.',
    published,
    expect: [
      { party: 'united-states', demand: TR, stance: 'supports', quote: 'agreed to scrap the added tariffs' },
    ],
    none: [['china', TR]],
  },
  {
    name: '"the Americans refused to take the duties off": a refusal by the addressee',
    text: 'At the last round the Americans refused to take the duties off, people close to the talks said.',
    published,
    expect: [
      { party: 'united-states', demand: TR, stance: 'rejects', quote: 'refused to take the duties off' },
    ],
  },
  {
    name: 'trap: another target named after the measure ("tariffs on steel from Canada and Mexico")',
    text: 'The administration agreed to lift tariffs on steel and aluminum from Canada and Mexico.',
    published,
    expect: [],
    none: [
      ['united-states', TR],
      ['china', TR],
    ],
  },
  {
    name: 'trap: both sides acting together ("China and the U.S. agreed to cut tariffs")',
    text: 'China and the U.S. agreed to cut tariffs on each other’s goods step by step.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: the proposer as agent lifts its own duties, not the measure asked of the other side',
    text: 'Beijing agreed to remove the added tariffs on American soybeans.',
    published,
    expect: [],
    none: [
      ['united-states', TR],
      ['china', TR],
    ],
  },
  {
    name: 'trap: a step tied to a condition is left to the readers of conditions',
    text: 'Trump said the United States would drop the tariffs only once a final deal was signed.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: the addressee only named after a preposition ("talks with Washington to lift …")',
    text: 'Liu held talks with Washington to lift the tariffs, the agency said.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
];

describe('the party a demand is put to acting on a measure named without its anchor', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  it('"Washington has agreed to revoke the designation": the same reading in the Iran ontology', () =>
    checkReading(
      {
        name: 'revoke the designation',
        text: 'Washington has agreed to revoke the designation, an official told reporters.',
        published: '2022-03-20',
        expect: [
          {
            party: 'united-states',
            demand: 'irgc-delisting',
            stance: 'supports',
            quote: 'agreed to revoke the designation',
          },
        ],
        none: [['iran', 'irgc-delisting']],
      },
      iran,
    ));
});
