/**
 * A verb of staying before a participle ("should stay suspended", "must remain closed") is being in
 * that state: the restriction after the subject reads as it does after "be". Sentences written for
 * these tests, read with the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2018-06-20';

const cases: ReadingCase[] = [
  {
    name: '"the joint drills should stay suspended": support of the halt, not of the drills',
    text: "China's foreign minister said the joint drills should stay suspended as long as the North holds off on missile tests. Beijing's envoy said the allied war games must remain halted.",
    published,
    expect: [
      { party: 'china', demand: 'exercises-halt', stance: 'supports', quote: 'stay suspended' },
      { party: 'china', demand: 'exercises-halt', stance: 'supports', quote: 'remain halted' },
    ],
  },
  {
    name: 'trap: "remain" before a place or time ("remain in place") keeps its own reading',
    text: 'The Japanese foreign minister said the sanctions on the North would remain in place.',
    published,
    expect: [{ party: 'japan', demand: 'sanctions-relief', stance: 'rejects', quote: 'remain in place' }],
  },
];

describe('"stay" or "remain" before a participle is "be"', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});
