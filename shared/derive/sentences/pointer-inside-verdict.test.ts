/**
 * A verdict verb split by its object ("turned the demands down", "brushed Moscow's proposals aside",
 * "waved that request away") takes the pointer between verb and particle as what it judges, as it
 * already did for a lone pronoun ("turned those down"). Before, only a one-word pointer inside the
 * verb was read. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"turned the demands down" rejects the demands named before',
    text: 'Moscow has asked for a written promise that the alliance will never admit Georgia. Washington turned the demands down on Friday while offering new talks on arms control.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned the demands down' }],
  },
  {
    name: '"brushed Moscow\'s proposals aside" rejects them',
    text: "The Kremlin wants allied troops withdrawn from the Baltic states. NATO brushed Moscow's proposals aside at its meeting in Brussels.",
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: "brushed Moscow's proposals aside" }],
  },
  {
    name: 'trap: a verb with another particle around the pointer judges nothing',
    text: 'Moscow has asked for a written promise that the alliance will never admit Georgia. Washington turned the demands over to its allies for study.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a pointer before a verdict with no particle around it is not its object',
    text: 'Moscow has asked for a written promise that the alliance will never admit Georgia. The demands, Washington said, would be studied before anyone turned anything down.',
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('a pointer between a verdict verb and its particle', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});
