/**
 * Readings mended in the eighteenth session on the Russia sets: a participle after a noun in a list
 * ("wants enlargement frozen and weapons …"). All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const participles: ReadingCase[] = [
  {
    name: 'a participle after each noun of a list restricts its own noun: "missiles banned and troops withdrawn", "NATO\'s growth frozen and missiles kept out"',
    text: "Russia wants missiles banned and troops withdrawn from Romania. Moscow wants NATO's growth frozen and missiles kept out of Romania.",
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'missiles banned' },
      { party: 'russia', demand: RB, stance: 'supports', quote: 'troops withdrawn' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "NATO's growth frozen" },
    ],
  },
  {
    name: 'trap: "wants trade halted and weapons shipped to Belarus" halts the trade, not the weapons',
    text: 'The Kremlin wants trade halted and weapons shipped to Belarus. Moscow wants grain exports frozen and its missiles moved west.',
    expect: [],
    none: [
      ['russia', MD],
      ['russia', RB],
    ],
  },
];

describe.each([['a participle in a list', participles]])('%s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
