/**
 * Holders named as a pair or list: every name of "Britain and the United States", "for both Paris and
 * the alliance" holds the position, while a name opening a clause of its own is not one of them.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const pairs: ReadingCase[] = [
  {
    name: 'a subject pair whose second name takes "the" ("Britain and the United States turned down …"): both hold it',
    text: "Britain and the United States turned down the Kremlin's call to halt NATO enlargement.",
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' },
    ],
  },
  {
    name: 'trap: the same pair as the ones pressed ("Moscow pressed Britain and the United States to …") holds nothing',
    text: 'Moscow pressed Britain and the United States to halt NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Moscow pressed' }],
    none: [
      ['uk', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'a verdict for a pair ("a non-starter for both Paris and the alliance"): both hold it',
    text: "Shutting NATO's door on Kyiv is a non-starter for both Paris and the alliance.",
    expect: [
      { party: 'france', demand: NX, stance: 'rejects', quote: 'non-starter' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'non-starter' },
    ],
  },
  {
    name: 'a verdict for a list ("unacceptable to Washington, London and Paris"): every name holds it',
    text: 'Keeping Ukraine out of NATO for good is unacceptable to Washington, London and Paris.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: a name after "and" that opens a clause of its own ("… to Paris and Berlin wants …") is not in the list',
    text: "Shutting NATO's door on Kyiv is unacceptable to Paris and Berlin wants more talks first.",
    expect: [{ party: 'france', demand: NX, stance: 'rejects', quote: 'unacceptable to Paris' }],
    none: [['germany', NX]],
  },
  {
    name: 'a subject in the middle of a comma list ("Canada, NATO and several European capitals maintain …"): the names before it hold it too',
    text: 'Canada, NATO and several European capitals maintain that every country may choose its own alliances.',
    expect: [
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'maintain' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'maintain' },
    ],
  },
  {
    name: 'trap: a name before the comma inside an opening phrase ("In talks with Moscow, the alliance and …") is no holder',
    text: 'In talks with Moscow, NATO and several European capitals maintain that every country may choose its own alliances.',
    expect: [],
    none: [['russia', NX]],
  },
];

describe.each([['names listed together', pairs]])('coordinated holders: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
