/**
 * A clause with a plural subject of its own that names no party ("the member states", "allies", "other
 * capitals") is not held by a party named earlier in the sentence, least of all by the object of the
 * clause before it: "Stoltenberg said NATO wanted to discuss Ukraine with Moscow, while stressing that
 * the member states stood firmly behind Ukraine's right to decide its own future" was read as Ukraine
 * rejecting non-expansion (the holder search crossed the comma and took "Ukraine", the object of
 * "discuss"). Now the speaker reports it, as for any clause he reports, and with no speaker it is no
 * one's. The construction (member states or allies as a clause's own subject after a clause naming
 * a country) was found in Delfi (Estonian, December 2021) and a Brookings commentary (December 2021).
 * Traps: the same clause with no speaker; after ", and"; a subject that is a party ("the allies") or
 * an unrelated plural ("Washington and allies") keeps its reading as before.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-23';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"…, while stressing that the member states stood firmly behind Ukraine\'s right …": the speaker, not Ukraine',
    text: "Stoltenberg told reporters that NATO wanted to discuss the situation around Ukraine with Moscow early in 2022, while stressing that the member states stood firmly behind Ukraine's right to decide its own future.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'stood firmly behind' }],
    none: [
      ['ukraine', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"…, while stressing that allies backed …": a bare plural subject, the speaker reports it',
    text: "Stoltenberg said the alliance would discuss Ukraine with Russia, while stressing that allies backed Ukraine's right to decide its own future.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'allies backed' }],
    none: [['ukraine', NX]],
  },
  {
    name: '"… but stressed that member states backed Finland\'s right to choose its own alliances": the speaker',
    text: "Stoltenberg said NATO was ready to talk about Finland with Moscow, but stressed that member states backed Finland's right to choose its own alliances.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'member states backed' }],
    none: [['finland', NX]],
  },
  {
    name: 'trap: no speaker — "NATO wanted to discuss Ukraine …, while member states stood behind …" is no one\'s',
    text: "NATO wanted to discuss Ukraine with Moscow, while member states stood behind Ukraine's right to decide its own future.",
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "The talks will cover Ukraine, while the member states stand behind …": not the object of "cover"',
    text: "The talks will cover Ukraine, while the member states stand behind Ukraine's right to decide its own future.",
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: ", and allies backed …" after a clause naming Ukraine as an object',
    text: "NATO wanted to discuss Ukraine with Moscow, and allies backed Ukraine's right to decide its own future.",
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'as before: "the allies" is NATO, a subject naming a party',
    text: "Blinken said NATO would not close its door, and the allies backed Ukraine's right to choose its own path.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'the allies backed' }],
    none: [['ukraine', NX]],
  },
];

describe('a clause with a plural subject of its own that names no party (s48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
