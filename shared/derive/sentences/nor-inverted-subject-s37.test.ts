/**
 * "Nor"/"Neither" opening a sentence with its auxiliary before the subject ("Nor will it accept …",
 * "Neither does it intend to …", "Nor, its members said, would it …"): the pronoun after the inverted
 * auxiliary is the subject of the sentence before, as "It" opening the sentence would be, and the
 * denial carries on. Traps: a dummy "it" after "Nor is" ("Nor is it clear that …"), "it" with no party
 * before it ("The talks ended … Nor will it be easy …"), and "it" as the object of another subject
 * ("Nor did Moscow expect it to accept …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"NATO will not pull its troops out … Nor will it accept a ban on enlargement"',
    text: 'NATO will not pull its troops out of the Baltic states. Nor will it accept a ban on enlargement.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'Nor will it accept' }],
  },
  {
    name: '"Neither does it intend to pull its forces out of Poland": the United States of the sentence before',
    text: 'The United States has rejected the Russian drafts. Neither does it intend to pull its forces out of Poland.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'Neither does it intend' }],
  },
  {
    name: '"Nor would it agree to withdraw its troops from Estonia": Britain',
    text: 'Britain will not abandon the open-door policy. Nor would it agree to withdraw its troops from Estonia.',
    published,
    expect: [{ party: 'uk', demand: RB, stance: 'rejects', quote: 'Nor would it agree' }],
  },
  {
    name: 'a speech aside between "Nor" and the auxiliary: "Nor, its members said, would it accept …"',
    text: 'The alliance rejected the Russian demands on Friday. Nor, its members said, would it accept any ban on enlargement.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'would it accept' }],
  },
  {
    name: 'trap: a dummy "it" after "Nor is" ("Nor is it clear that …") holds nothing',
    text: 'NATO met on Monday. Nor is it clear that a ban on enlargement will be accepted.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "it" after a sentence with no party as subject holds nothing',
    text: 'The talks ended without a deal. Nor will it be easy to agree to a ban on enlargement.',
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "it" as the object of another subject ("Nor did Moscow expect it to accept …")',
    text: 'The United States sent its reply on Wednesday. Nor did Moscow expect it to accept a ban on enlargement.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('a pronoun after an inverted auxiliary opening with "Nor"/"Neither" is the previous subject', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
