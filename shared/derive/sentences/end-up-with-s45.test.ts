/**
 * A refusal put as a state the speaker cannot let the alliance "end up with" or "end up in" ("we cannot
 * end up with second-class members", "NATO can't end up in a situation where some allies may not be
 * protected"): the same refusal as "cannot accept", so the demand named after it is refused, and a
 * demand named by its opposite ("missiles on its doorstep") is supported. Before, no cue decided and the
 * sentence was only an unclassified mention. Traps: "end up with" with no negation (a forecast), a
 * negated wish ("does not want to end up with", read by the existing "want" rule, not by this one), a
 * refused situation that names no demand, and a prediction about a third state.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"cannot end up with second-class members" refuses the rollback',
    text: 'Stoltenberg said NATO cannot end up with second-class members that the alliance is not allowed to defend.',
    expect: [
      {
        party: 'nato',
        demand: 'rollback-1997',
        stance: 'rejects',
        quote: 'cannot end up with second-class members',
      },
    ],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: '"could not end up with a second tier of members", speaker by name',
    text: 'The secretary general told reporters that the alliance could not end up with a second tier of members it would be barred from protecting.',
    expect: [
      {
        party: 'nato',
        demand: 'rollback-1997',
        stance: 'rejects',
        quote: 'could not end up with a second tier of members',
      },
    ],
  },
  {
    name: 'first person, "can\'t end up in a situation where we have second-class allies"',
    text: '"We can\'t end up in a situation where we have second-class allies," Stoltenberg said on Friday.',
    expect: [{ party: 'nato', demand: 'rollback-1997', stance: 'rejects', quote: 'second-class allies' }],
  },
  {
    name: 'the proposer refusing the opposite of its demand supports it',
    text: 'Lavrov said Russia cannot end up with American missiles stationed on its doorstep.',
    expect: [
      {
        party: 'russia',
        demand: 'missile-deployment',
        stance: 'supports',
        quote: 'cannot end up with American missiles',
      },
    ],
    none: [['united-states', 'missile-deployment']],
  },
  {
    name: 'trap: "could end up with" without a negation is a forecast',
    text: 'Analysts say some eastern states could end up with a second-class status inside the alliance.',
    expect: [],
    none: [
      ['nato', 'rollback-1997'],
      ['russia', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: a refused situation that names no demand',
    text: 'Stoltenberg said Europe cannot end up in a situation where big powers decide for their neighbours.',
    expect: [],
    none: [
      ['nato', 'rollback-1997'],
      ['nato', 'non-expansion'],
    ],
  },
  {
    name: 'trap: a prediction about a third state, no demand phrase',
    text: 'Lavrov said Ukraine would not end up with the security it hopes for.',
    expect: [],
    none: [
      ['russia', 'non-expansion'],
      ['ukraine', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "end up with" in a sentence about Russia\'s own troops',
    text: 'Blinken said Russia must not end up with its troops permanently in Belarus.',
    expect: [],
    none: [
      ['united-states', 'rollback-1997'],
      ['russia', 'rollback-1997'],
    ],
  },
];

describe('a refusal as a state one cannot "end up with"', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
