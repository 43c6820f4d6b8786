/**
 * One's own counterpart as the second of a pair ("Norway's prime minister and his Canadian counterpart
 * said …"): both hold what the pair says or does, as "Norway and Canada said …" would. Not a pair that
 * is the object of someone else's verb. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a pair speaking with "her Swedish counterpart": both say it',
    text: 'The Danish prime minister and her Swedish counterpart both said each nation is free to choose its own alliances.',
    expect: [
      { party: 'denmark', demand: NX, stance: 'rejects', quote: 'choose its own alliances' },
      { party: 'sweden', demand: NX, stance: 'rejects', quote: 'choose its own alliances' },
    ],
  },
  {
    name: 'a pair acting with "his Canadian counterpart": both turn it down',
    text: "Norway's foreign minister and his Canadian counterpart turned down the demand to halt NATO enlargement.",
    expect: [
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'turned down' },
    ],
  },
  {
    name: 'trap: the pair met by the speaker ("Lavrov, who met … and her Swedish counterpart, said …") holds nothing',
    text: 'Lavrov, who met the Danish prime minister and her Swedish counterpart on Friday, said NATO must stop expanding.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop expanding' }],
    none: [
      ['denmark', NX],
      ['sweden', NX],
    ],
  },
];

describe('own counterpart in a pair', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
