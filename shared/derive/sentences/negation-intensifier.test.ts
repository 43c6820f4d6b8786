/**
 * "would not in any way close off …", "will not by any means block …": an intensifying phrase between a
 * negation and its verb only stresses the negation; the verb is denied as if the phrase were not there.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"would not in any way close off" the candidate\'s chance: the subject refuses the halt',
    text: "The United States would not in any way close off Georgia's chance of joining the alliance, a State Department spokesman said.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'would not in any way close off' },
    ],
  },
  {
    name: '"will not by any means block" the candidate from joining: the same',
    text: 'The allies will not by any means block Ukraine from joining NATO, Stoltenberg said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will not by any means block' }],
  },
  {
    name: 'trap: the stressed negation of a verb about something else names no demand',
    text: 'The White House said it would not in any way discuss the talks in public.',
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "in any way" with no negation before it stresses nothing',
    text: 'Moscow asked whether Washington could in any way block Ukraine from joining NATO.',
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('an intensifying phrase between a negation and its verb', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
