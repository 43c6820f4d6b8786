/**
 * A weak opposite of a demand ("decide its own future", "choose its own course") needs the demand's
 * anchor in its own sentence, since the words fit many subjects. Governed by a right or a freedom ("the
 * right of every nation to choose its own course", "is entitled to decide its own future", "free to
 * decide on its own security arrangements") it states the principle itself; in a document that has
 * already named the anchor (NATO, the alliance) it is read without naming it again. Without the right,
 * or in a document that never named the anchor, nothing is read. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const LEAD = 'Envoys of the alliance sat down with Russian diplomats in Vienna on Tuesday. ';

const cases: ReadingCase[] = [
  {
    name: '"is entitled to decide its own future", the alliance named a sentence before',
    text: `${LEAD}The Norwegian foreign minister insisted that Georgia is entitled to decide its own future.`,
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'entitled to decide its own future' }],
  },
  {
    name: '"the right of every nation to choose its own course", with a holder between the right and "to"',
    text: `${LEAD}Denmark upholds the right of every nation to choose its own course, its defence minister said.`,
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'choose its own course' }],
  },
  {
    name: '"free to decide on its own security arrangements"',
    text: `${LEAD}Each state must remain free to decide on its own security arrangements, the Canadian foreign minister stressed.`,
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'own security arrangements' }],
  },
  {
    name: 'trap: the same right in a document that never names the alliance reads nothing',
    text: 'The Norwegian foreign minister insisted that Georgia is entitled to decide its own future.',
    expect: [],
    none: [['norway', NX]],
  },
  {
    name: 'trap: a future decided without a right to it ("will decide its own future at the ballot box")',
    text: `${LEAD}The Norwegian foreign minister said Georgia will decide its own future at the ballot box.`,
    expect: [],
    none: [['norway', NX]],
  },
  {
    name: 'trap: a right to something else, with the weak wording only its purpose ("the right … to hold elections to decide …")',
    text: `${LEAD}The Norwegian foreign minister backed the right of Georgians to hold elections to decide their own future.`,
    expect: [],
    none: [['norway', NX]],
  },
];

describe('a weak opposite governed by a right, the anchor named earlier in the document', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
