/**
 * A subject of one named party joined to "(the) other" members of a grouping ("Biden and the other
 * NATO members have rejected …", "The US and other NATO members", "Britain and other NATO leaders"):
 * both hold the verb, as with "Biden and NATO allies". "Other" after "and" is the rest of the grouping
 * with the one named, not a part of it (as "Some NATO member states" and a bare "Other NATO members"
 * stay). Traps: a bare "Other NATO members" (a part), "the other members" after a fronted "Unlike
 * Hungary," (no "and"), the same pair as the object of "told … that", and a pair inside "talks with".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-09';
const NE = 'non-expansion';
const RB = 'rollback-1997';
const rejects = (party: string, demand: string, quote: string) => ({
  party,
  demand,
  stance: 'rejects' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: '"Biden and the other NATO members have rejected": the US and NATO both reject',
    text: "Biden and the other NATO members have rejected Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [rejects('united-states', NE, 'rejected'), rejects('nato', NE, 'rejected')],
  },
  {
    name: '"The US and other NATO members" with no article before "other"',
    text: "The US and other NATO members have rejected Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [rejects('united-states', NE, 'rejected'), rejects('nato', NE, 'rejected')],
  },
  {
    name: '"Biden and other NATO leaders": an office of the grouping after "other"',
    text: "Biden and other NATO leaders have rejected Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [rejects('united-states', NE, 'rejected'), rejects('nato', NE, 'rejected')],
  },
  {
    name: '"Britain and other NATO members have turned down" the pullback',
    text: "Britain and other NATO members have turned down Moscow's call to pull troops out of Eastern Europe.",
    published,
    expect: [rejects('uk', RB, 'turned down'), rejects('nato', RB, 'turned down')],
  },
  {
    name: 'trap: a bare "Other NATO members" is a part of the alliance, not the alliance',
    text: "Other NATO members have rejected Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "Unlike Hungary, the other NATO members …": Hungary, with no "and", holds nothing',
    text: "Unlike Hungary, the other NATO members have rejected Putin's demand that Ukraine be barred from the alliance.",
    published,
    expect: [],
    none: [['hungary', NE]],
  },
  {
    name: 'trap: the pair as the object of "told … that" speaks nothing',
    text: 'Moscow told Britain and the other NATO members that it would never accept their open-door policy.',
    published,
    expect: [],
    none: [
      ['uk', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: a pair inside "in talks with" is no subject',
    text: 'In talks with Britain and other NATO members, Lavrov rejected the open-door policy.',
    published,
    expect: [],
    none: [['uk', NE]],
  },
];

describe('"X and (the) other members of a grouping" as a subject: both hold the verb', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
