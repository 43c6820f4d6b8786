/**
 * A request to explain or clarify an embedded question ("asking them to explain how the principle of
 * the indivisibility of security is upheld", "urged the allies to clarify whether …") asks others for an
 * account: the demand named inside the question is not what is requested, nor the speaker's demand in
 * its own words, nor held by a verdict inside the question ("is upheld"). Before, the speaker was read
 * as supporting non-expansion from "indivisibility of security" inside such a question. Found in
 * Ticinonews (Swiss, early February 2022) and TASS (8 February 2022) on Lavrov's letter to OSCE
 * counterparts, and Politico Europe (28 January 2022) announcing it.
 * Traps: the request to explain with the demand inside the question, with or without a speech verb;
 * the demand named as the request's own content, outside a question, is still read.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-01';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'trap: "wrote to …, asking them … to explain how the principle of the indivisibility of security is upheld"',
    text: "Lavrov also wrote to his OSCE counterparts, asking them to answer Moscow's questions on European security and to explain how the principle of the indivisibility of security is upheld in Europe.",
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "asked them to explain how the principle of the indivisibility of security is upheld"',
    text: 'Lavrov asked them to explain how the principle of the indivisibility of security is upheld in Europe.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "said Moscow wanted the allies to clarify how they understood indivisible security"',
    text: 'The envoy said Moscow wanted each Western capital to clarify how it understood indivisible security.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'still read: a demand for the principle itself, outside any question',
    text: 'Lavrov said Russia insisted on the indivisibility of security in Europe.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'indivisibility of security' }],
    none: [['nato', NX]],
  },
  {
    name: 'still read: the request names the demand as its content, no question between',
    text: 'Lavrov asked Washington to rule out any further expansion of NATO.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'asked Washington to rule out' }],
    none: [['united-states', NX]],
  },
];

describe('a request to explain an embedded question holds no demand (s48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
