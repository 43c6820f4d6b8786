/**
 * A verb whose own subject is a "no" phrase naming no party ("has no ally that will accept …", "says no
 * member of Congress will accept …", "not a single senator would back …"): what no one will do is no
 * one's position, neither the sentence subject's, nor the speaker's, nor a statement of the demand it
 * takes for object. A party inside the phrase ("No NATO member will accept …") still denies it, and a
 * bare "nobody"/"no one" in a party's mouth is still that side's refusal.
 * All sentences are written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a "no" phrase as subject of a relative clause after the party: no reading for the party',
    text: 'Moscow has no partner that would accept a freeze on NATO enlargement.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'a "no" phrase naming others as subject under a party\'s speech verb: not the speaker\'s stance',
    text: 'The Kremlin says no member of Congress will agree to a freeze on NATO enlargement. Moscow claims not a single senator would back a halt to NATO expansion.',
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a party inside the "no" phrase, opening the clause, still denies it',
    text: 'No NATO member will accept a halt to the alliance’s enlargement, diplomats said.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'No NATO member will accept' }],
  },
  {
    name: 'trap: "no choice but to", "no less than" and a bare "no one" are not such a subject',
    text: 'Russia has no choice but to insist on a halt to NATO enlargement. Blinken said no one would be allowed to close NATO’s open door.',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'insist' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no one would be allowed' },
    ],
  },
];

describe('a "no" phrase as the subject of the verb', () => {
  it.each(cases)('$name', (c) => checkReading(c));
});
