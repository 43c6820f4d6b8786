/**
 * "X cannot be permitted to …" is a prohibition the speaker puts on X, like "X must not be allowed to …":
 * the subject is the one not let, not the one refusing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ontology = seedOntology();

const cases: ReadingCase[] = [
  {
    name: '"NATO cannot be permitted to expand", said by Putin: Russia supports the halt, NATO holds nothing',
    text: 'Putin said that NATO cannot be permitted to expand any further.',
    published: '2022-01-20',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'permitted' }],
    none: [['nato', 'non-expansion']],
  },
  {
    name: '"the alliance cannot be allowed to move closer", said by the Kremlin: Russia supports',
    text: 'The Kremlin says the alliance cannot be allowed to move closer to its borders.',
    published: '2022-01-20',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'allowed' }],
    none: [['nato', 'non-expansion']],
  },
  {
    name: 'trap: "cannot be allowed" with no one speaking is no party\'s prohibition',
    text: 'NATO cannot be allowed to expand, according to a commentary in a Moscow daily.',
    published: '2022-01-20',
    expect: [],
    none: [['nato', 'non-expansion']],
  },
];

describe('a prohibition through a passive of permission', () => {
  for (const c of cases) it(c.name, () => checkReading(c, ontology));
});
