/**
 * The freedom of alliance stated without the word "right": states "decide their own alliances", "decide
 * which alliances they belong to", are free to "join whichever alliance" or "any alliance they choose".
 * These are the opposite of the non-expansion demand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"sovereign states decide their own alliances"',
    text: 'Sovereign states decide their own alliances, the Danish foreign minister said.',
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'decide their own alliances' }],
  },
  {
    name: '"may decide which alliances it belongs to"',
    text: 'The Polish president said every country may decide which alliances it belongs to.',
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'which alliances it belongs to' }],
  },
  {
    name: '"free to join whichever alliance they want", "any alliance it chooses"',
    text: 'Nations are free to join whichever alliance they want, the Canadian foreign minister said. Georgia may join any alliance it chooses, her Norwegian counterpart added.',
    expect: [
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'join whichever alliance' },
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'join any alliance it chooses' },
    ],
  },
  {
    name: 'trap: deciding which alliance members send troops is no choice of alliance',
    text: 'The Danish foreign minister said the allies will decide which alliance members send more ships.',
    expect: [],
    none: [['denmark', NX]],
  },
  {
    name: "trap: deciding one's own budget says nothing of alliances",
    text: 'The Danish foreign minister said voters will choose their leaders and decide their own budget.',
    expect: [],
    none: [['denmark', NX]],
  },
];

describe('freedom of alliance without "right"', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
