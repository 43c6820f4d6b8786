/**
 * Two parties' modifiers joined by "and" on one plural noun of people that opens the clause: "American
 * and NATO officials said …", "British and American diplomats told …". The first modifier is a party's
 * adjective, the second opens the other party's office ("NATO officials"); both parties speak, as with
 * "U.S. and NATO officials" (a name and an office), which was read already. Before, the adjective was
 * dropped and only the second party spoke.
 * Traps: a noun of things ("American and NATO troops") speaks for no one; a single office ("the American
 * and NATO envoy") is no shared noun of people; the pair as the object of a preposition ("told American
 * and NATO officials") is not the speaker.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"American and NATO officials said …": both the United States and NATO speak',
    text: "American and NATO officials said they would make no concessions on Moscow's demand to keep Ukraine out of the alliance.",
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'American and NATO officials said' },
      { party: 'nato', demand: NE, stance: 'rejects', quote: 'American and NATO officials said' },
    ],
  },
  {
    name: '"British and American diplomats told …": both parties\' adjectives share the noun',
    text: "British and American diplomats told reporters they would never let anyone close NATO's open door.",
    published,
    expect: [
      { party: 'uk', demand: NE, stance: 'rejects', quote: 'British and American diplomats told' },
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'British and American diplomats told' },
    ],
  },
  {
    name: '"French and German leaders said …" on readiness to talk about missiles',
    text: 'French and German leaders said they were ready to discuss limits on missiles in Europe with Moscow.',
    published,
    expect: [
      { party: 'france', demand: MD, stance: 'open', quote: 'French and German leaders said' },
      { party: 'germany', demand: MD, stance: 'open', quote: 'French and German leaders said' },
    ],
  },
  {
    name: 'trap: a noun of things ("American and NATO troops") is no speaker',
    text: "American and NATO troops will never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the pair after a preposition is not the speaker ("Lavrov told American and NATO officials …")',
    text: "Lavrov told American and NATO officials that Russia would never let anyone close NATO's open door to its own security.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a single office ("the American and NATO envoy") is no shared noun of people',
    text: "The American and NATO envoy said they would never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe("two parties' modifiers sharing one noun of people", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
