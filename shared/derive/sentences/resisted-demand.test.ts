/**
 * "Resist" is a verb of refusal like "rebuff": a party that resists calls, pressure or demands to do a
 * thing refuses to do it. "Resist the temptation", "could not resist the pressure of tariffs" name no
 * demand and read nothing. Sentences written for these tests, read with the US–China trade ontology
 * of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-05-20';

const cases: ReadingCase[] = [
  {
    name: '"has long resisted calls to open its markets": the opening refused',
    text: 'For years Beijing has resisted calls to open its markets to foreign banks.',
    published,
    expect: [{ party: 'china', demand: 'structural-reform', stance: 'rejects', quote: 'resisted' }],
  },
  {
    name: '"is resisting the demand for an enforcement mechanism": the mechanism refused',
    text: "Negotiators say the Chinese side is resisting Washington's demand for an enforcement mechanism.",
    published,
    expect: [
      { party: 'china', demand: 'enforcement-mechanism', stance: 'rejects', quote: 'resisting' },
      { party: 'united-states', demand: 'enforcement-mechanism', stance: 'supports', quote: 'demand' },
    ],
  },
  {
    name: '"resisted pressure to scrap its subsidies": the reform refused',
    text: 'China has so far resisted pressure to scrap its industrial subsidies.',
    published,
    expect: [{ party: 'china', demand: 'structural-reform', stance: 'rejects', quote: 'resisted' }],
  },
  {
    name: 'trap: resisting a temptation names no demand',
    text: 'Chinese buyers resisted the temptation to stock up on cheap soybeans before the talks.',
    published,
    expect: [],
    none: [
      ['china', 'purchase-commitments'],
      ['china', 'structural-reform'],
    ],
  },
  {
    name: 'trap: "could not resist the pressure of tariffs" is no stance on removing them',
    text: 'Mnuchin said Beijing could not resist the pressure of the tariffs for ever.',
    published,
    expect: [],
    none: [
      ['china', 'tariff-removal'],
      ['united-states', 'tariff-removal'],
    ],
  },
];

describe('resisting calls or demands', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});
