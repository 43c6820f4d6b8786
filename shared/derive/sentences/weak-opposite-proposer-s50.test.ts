/**
 * A weak opposite named bare beside the demand's proposer (demand-mentions.ts `weakOpposite`,
 * named-proposer.ts): "NATO leaders say they won't 'compromise core principles' in response to Putin's
 * demands" had read *Russia* supporting non-expansion from "core principles" (the proposer named in a
 * sentence naming the demand), and so had "NATO and the U.S. said they would never compromise on the
 * alliance's core principles, after Russia's negotiators presented the same demands again". "Core
 * principles", "its door" are the refusing side's own words; the proposer named beside them states nothing
 * by them. A weak opposite turned into the demand by a restriction ("close its door") is read as before.
 * Found in coverage: Newsweek (2022-01-07) on Stoltenberg's press conference, and ABC News (2022-01-12)
 * on the NATO-Russia Council.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a headline: NATO won\'t compromise core principles "in response to Putin\'s demands": NATO only',
    text: "NATO Leaders Say They Won't 'Compromise Core Principles' in Response to Putin's Demands",
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: '"… the alliance\'s core principles, after Russia\'s negotiators presented the same demands": NATO',
    text: "NATO and the U.S. said they would never compromise on what they called the alliance's core principles, after Russia's negotiators presented the same demands again.",
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'never compromise' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'never compromise' },
    ],
    none: [['russia', NX]],
  },
  {
    name: "trap: Putin's demands came as NATO restated its core principles",
    text: "Putin's demands came as NATO restated its core principles.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'restated' }],
    none: [['russia', NX]],
  },
  {
    name: "trap: a meeting on Moscow's proposals where the allies kept the door as it is",
    text: "Moscow's envoy heard the allies defend their door at the meeting on Russia's proposals.",
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'kept: "Russia wants NATO to close its door to Ukraine" (a restriction makes it the demand)',
    text: 'Russia wants NATO to close its door to Ukraine.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'kept: "Moscow demanded that the alliance shut its door to new members"',
    text: 'Moscow demanded that the alliance shut its door to new members.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demanded' }],
  },
];

describe("a weak opposite beside the proposer is not the proposer's demand", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
