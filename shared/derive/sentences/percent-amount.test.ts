/**
 * A rate written with its sign ("25% tariffs") is an amount inside a phrase's gap, as "25 percent
 * tariffs" is: "will keep 25% tariffs in place" states "keep … tariffs in place". A percentage in
 * another clause joins nothing. Sentences written for these tests, read with the US–China trade
 * ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-12-16';

const cases: ReadingCase[] = [
  {
    name: '"will keep 25% tariffs in place": the tariffs kept, removal refused',
    text: 'Lighthizer said Washington will keep 25% tariffs in place on Chinese goods.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'tariff-removal',
        stance: 'rejects',
        quote: 'keep 25% tariffs in place',
      },
    ],
  },
  {
    name: 'trap: "keep" and a rate in separate clauses join nothing',
    text: 'Lighthizer said Washington will keep its word, and that 25% tariffs in place since May could be cut.',
    published,
    expect: [],
    none: [['united-states', 'tariff-removal']],
  },
];

describe('a rate with its sign inside a phrase', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});
