/**
 * "vow" is a verb of commitment like "pledge": "China vowed to curb forced technology transfer" is China
 * backing the reform; "NATO vowed to keep its door open" is NATO holding the opposite of the demand.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'the alliance vowing to keep its door open rejects the halt',
    text: 'NATO vowed to keep its door open.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'vowed' }],
  },
  {
    name: 'the allies vowing never to close the open door reject the halt',
    text: 'The allies vowed never to close the open door.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'vowed' }],
  },
  {
    name: 'trap: a vow about something no demand covers reads nothing',
    text: 'Putin vowed that Russia would not attack Ukraine.',
    expect: [],
    none: [['russia', NX]],
  },
];

describe('a vow is a commitment', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

const china = evalOntology('us-china-trade-2019.json');
describe('the US–China ontology: a vow to carry out the reform', () => {
  it('"China vowed to curb forced technology transfer" is China backing the reform', () =>
    checkReading(
      {
        name: 'China vowed',
        text: 'China vowed to curb forced technology transfer.',
        published: '2019-06-01',
        expect: [{ party: 'china', demand: 'structural-reform', stance: 'supports', quote: 'vowed' }],
      },
      china,
    ));
});
