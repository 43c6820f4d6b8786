/**
 * A bare subject of a demand (a site, a weapon) after an infinitive split by an adverb ("to
 * permanently shut the complex"): the verb the ontology does not know leaves the direction unknown,
 * as it does without the adverb; a known restriction or a keeping verb still decides. Sentences
 * written for these tests, read with the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2018-06-20';

const cases: ReadingCase[] = [
  {
    name: '"agreed to permanently shut the complex": an unknown verb is no refusal of the demand',
    text: 'Kim agreed to permanently shut the Yongbyon complex, the South Korean leader told reporters.',
    published,
    expect: [],
    none: [['north-korea', 'denuclearization']],
  },
  {
    name: 'trap: a restriction or a keeping verb after the adverb still decides',
    text: 'Kim agreed to permanently close the Yongbyon complex. Analysts expect the North to quietly keep its nuclear arsenal.',
    published,
    expect: [
      {
        party: 'north-korea',
        demand: 'denuclearization',
        stance: 'supports',
        quote: 'permanently close',
      },
    ],
  },
];

describe('an infinitive split by an adverb acts on the bare subject after it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});
