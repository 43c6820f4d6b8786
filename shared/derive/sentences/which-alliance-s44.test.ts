/**
 * The freedom to choose one's alliance phrased as "which alliance to belong to" or "which alliances it
 * wants to join": the non-expansion demand's opposite, as "which alliances to join" and "which alliance
 * it belongs to" already are, so a speaker upholding it refuses the demand. Traps: a reporter's question
 * about which alliance, an opinion survey's question, and the proposer's minister denying Kyiv that choice
 * (no refusal of the demand by anyone).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"the right of each nation to make up its own mind about which alliance to belong to", speaker carried over',
    text: '"What we will not do is bargain away the fundamentals," Stoltenberg said. Those, he added, cover the right of each European nation to make up its own mind about which alliance to belong to.',
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'which alliance to belong to' },
    ],
  },
  {
    name: '"every nation has the right to decide which alliance to belong to"',
    text: 'Stoltenberg said every nation has the right to decide which alliance to belong to.',
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'which alliance to belong to' },
    ],
  },
  {
    name: '"Russia must accept that each country decides which alliances it wants to join"',
    text: 'Stoltenberg said Russia must accept that each country decides which alliances it wants to join.',
    expect: [
      {
        party: 'nato',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'which alliances it wants to join',
      },
    ],
  },
  {
    name: "trap: a reporter's question",
    text: 'Reporters asked Stoltenberg which alliance Ukraine wants to join.',
    expect: [],
    none: [
      ['nato', 'non-expansion'],
      ['ukraine', 'non-expansion'],
    ],
  },
  {
    name: "trap: an opinion survey's question",
    text: 'The survey asked Finns which alliance they want to belong to.',
    expect: [],
    none: [['finland', 'non-expansion']],
  },
  {
    name: "trap: the proposer's minister denying Kyiv the choice refuses nothing",
    text: "Lavrov said Kyiv cannot decide which alliance to belong to at Russia's expense.",
    expect: [],
    none: [
      ['ukraine', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
];

describe('"which alliance to belong to" as the choice the demand would deny', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
