/**
 * "he" and "she" continue the previous speaker only where the document has not shown that speaker to go
 * by the other pronoun (a title, "said he/she …", "met his/her counterpart"). Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: 'trap: "She said" after "Lavrov met his German counterpart" is not Lavrov',
    text: 'Lavrov met his German counterpart in Moscow on Tuesday. She said the alliance’s door stays open.',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: a title says which pronoun the person goes by ("Mr Lavrov … She said")',
    text: 'Mr Lavrov spoke in Moscow on Tuesday. She said NATO must stop its expansion.',
    expect: [],
    noneButStated: [['russia', 'non-expansion']],
  },
  {
    name: '"he" continues a speaker the document called "he"',
    text: 'Lavrov said he would not wait forever. He said NATO must stop its expansion.',
    expect: [
      {
        party: 'russia',
        demand: 'non-expansion',
        stance: 'supports',
        quote: 'He said NATO must stop its expansion.',
      },
    ],
  },
  {
    name: '"she" continues a speaker the document called "she"',
    text: 'Baerbock met her Russian counterpart in Moscow. She said NATO’s door stays open.',
    expect: [
      {
        party: 'germany',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'She said NATO’s door stays open.',
      },
    ],
  },
  {
    name: 'with no sign of either, "she" continues the previous speaker as before',
    text: 'Baerbock spoke in Kyiv on Monday. She said the door to NATO stays open.',
    expect: [
      {
        party: 'germany',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'She said the door to NATO stays open.',
      },
    ],
  },
];

describe('"he" and "she" and the person they stand for', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
