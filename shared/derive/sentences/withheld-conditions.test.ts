/**
 * A step refused until a demand is met sets that demand as the refuser's condition: "Tehran will not
 * go back to the accord unless Washington lifts all sanctions" reads Iran supporting the lifting.
 * Only for a party that put the demand forward, only for a refusal still to come (a modal or a present
 * auxiliary), and never for a condition that is itself negated. A negated cue does not reach across
 * "unless"/"without" into the condition. Sentences written for these tests, read with the Iran
 * ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const published = '2022-05-01';

const cases: ReadingCase[] = [
  {
    name: '"would not part with its gains without firm guarantees": the guarantees are its condition',
    text: 'The minister said Iran would not part with its nuclear gains without firm guarantees.',
    published,
    expect: [
      { party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'without firm guarantees' },
    ],
  },
  {
    name: '"will not go back to the accord unless Washington lifts all sanctions": support of the lifting',
    text: 'Tehran will not go back to the accord unless Washington lifts all sanctions, its envoy said.',
    published,
    expect: [{ party: 'iran', demand: 'sanctions-lifting', stance: 'supports', quote: 'unless Washington' }],
  },
  {
    name: '"There can be no agreement without binding guarantees," the Iranian minister said: support',
    text: '"There can be no agreement without binding guarantees," the Iranian foreign minister said.',
    published,
    expect: [{ party: 'iran', demand: 'us-guarantees', stance: 'supports', quote: 'no agreement' }],
  },
  {
    name: 'trap: a condition that is itself a failure ("unless Washington fails to lift …") is no ask',
    text: 'Tehran will not walk away from the talks unless Washington fails to lift sanctions.',
    published,
    expect: [],
    none: [['iran', 'sanctions-lifting']],
  },
  {
    name: 'trap: a past habit ("has never acted without …") states no condition',
    text: 'Iran has never acted without legal guarantees from its partners.',
    published,
    expect: [],
    none: [['iran', 'us-guarantees']],
  },
  {
    name: 'trap: a refusal whose object comes before "unless" does not reject what the condition names',
    text: 'Israel would not back the resolution unless the United States lifts all sanctions.',
    published,
    expect: [],
    none: [['israel', 'sanctions-lifting']],
  },
];

describe('a step withheld until a demand is met', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
});
