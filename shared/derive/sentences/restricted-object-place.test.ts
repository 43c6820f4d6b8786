/**
 * A bare subject of a demand inside an "in"/"under" phrase that ends the object of the same demand's
 * restriction verb ("remove the court's role in the protocol") is where that object sits: the
 * restriction does not reach it, and the bare subject is no mention of keeping the treaty, so a refusal
 * of the removal is no support for rewriting the treaty. All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const PR = 'protocol-renegotiation';

const cases: ReadingCase[] = [
  {
    name: 'a refused removal of something "in the protocol" is no support for rewriting the protocol',
    text: 'Brussels will not agree to remove the judges’ say in the protocol. The Commission will not accept changing the rules under the protocol.',
    published: '2022-06-01',
    expect: [],
    none: [['eu', PR]],
  },
  {
    name: 'trap: the restriction reaching the protocol itself still reads, both ways',
    text: 'Brussels will not agree to scrap the protocol. London wants to rewrite the protocol.',
    published: '2022-06-01',
    expect: [
      { party: 'eu', demand: PR, stance: 'rejects', quote: 'Brussels will not agree' },
      { party: 'uk', demand: PR, stance: 'supports', quote: 'London wants' },
    ],
  },
];

describe('a bare subject where a restricted object sits', () => {
  it.each(cases)('$name', (c) => checkReading(c, ni));
});
