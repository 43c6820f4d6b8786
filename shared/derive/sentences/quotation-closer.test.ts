/**
 * A quotation running over several sentences of a paragraph, its speaker named only where it closes
 * ("“… . … .,” the Estonian minister said"): every sentence inside it is that speaker's, not the words of
 * whoever the sentence before spoke of. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a sentence inside the quotation belongs to the one named where it closes',
    text: 'Ministers talk every day, and so does the leadership of the European Union.\n\n“We are consulted on every step. For now all of us agree that a ban on NATO enlargement cannot be accepted. Nothing will be settled without us,” the Estonian foreign minister said.',
    expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'cannot be accepted' }],
    none: [['eu', NX]],
  },
  {
    name: 'trap: a quotation closed with no name keeps the speaker before it',
    text: 'The EU foreign policy chief spoke to reporters on Monday. “A ban on NATO enlargement cannot be accepted.” Later the Estonian foreign minister, asked about the talks, said they were useful.',
    expect: [{ party: 'eu', demand: NX, stance: 'rejects', quote: 'cannot be accepted' }],
    none: [['baltic-states', NX]],
  },
];

describe('a quotation named where it closes', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
