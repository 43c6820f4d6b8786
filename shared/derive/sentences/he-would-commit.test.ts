/**
 * An addressee's leader saying that he or she will do what a demand asks ("Trump said he would halt
 * the war games") undertakes it, as "it", "they" or "we" would: support. Not a party the demand is not
 * put to, nor under a condition. Sentences written for these tests, read with the US–North Korea
 * ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2018-06-20';

const cases: ReadingCase[] = [
  {
    name: '"Trump said he would halt the war games": the US supports the halt',
    text: 'Trump said he would halt the war games with South Korea.',
    published,
    expect: [
      { party: 'united-states', demand: 'exercises-halt', stance: 'supports', quote: 'he would halt' },
    ],
  },
  {
    name: 'trap: not a party the demand is not put to, nor an undertaking under a condition',
    text: 'Moon said he would lift sanctions on the North. Trump said he would halt the war games if the talks went well.',
    published,
    expect: [],
    none: [
      ['south-korea', 'sanctions-relief'],
      ['united-states', 'exercises-halt'],
    ],
  },
];

describe('"he would …" before the demand’s own verb is the speaker’s undertaking', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});
