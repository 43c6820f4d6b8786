/**
 * A verb of talks in a clause of time with no object of its own ("… put them first when negotiating,
 * with …") is when something happens, no openness to what the sentence names after it. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const EM = 'enforcement-mechanism';

const cases: ReadingCase[] = [
  {
    name: '"first when negotiating, and the deal comes with …" is no openness of the speaker',
    text: 'Trump said his team put American workers first when negotiating, and the deal comes with an enforcement mechanism.',
    published: '2020-01-15',
    expect: [{ party: 'united-states', demand: EM, stance: 'supports', quote: 'enforcement mechanism' }],
  },
  {
    name: 'trap: "while negotiating an enforcement mechanism" keeps its object',
    text: 'Beijing said it was ready to keep negotiating an enforcement mechanism.',
    published: '2019-04-10',
    expect: [{ party: 'china', demand: EM, stance: 'open', quote: 'negotiating' }],
  },
];

describe('a verb of talks in a clause of time', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
});
