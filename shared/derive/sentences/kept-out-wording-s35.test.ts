/**
 * Session 35 (missed readings on the Russia–West talks): two plain ways a position goes unread.
 * - "Not realistic" is a verdict as "unrealistic" is: "Russia's demands were not realistic".
 * - The demand to keep an applicant out told with the alliance left unsaid: "keep Ukraine out", "shut
 *   Ukraine and Georgia out", "bar Ukraine for good" (as the passive "Ukraine be kept out" already
 *   reads); not "keep Ukraine out of the war".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const ASKED = 'Moscow wants guarantees that NATO will not expand eastward.';

const cases: ReadingCase[] = [
  // "Not realistic", as "unrealistic".
  {
    name: 'the whole of them unrealistic still refuses each (no partitive)',
    text: `${ASKED} Norway's foreign minister said Russia's demands were unrealistic.`,
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: "Russia's demands were unrealistic" }],
  },
  {
    name: '"not realistic" refuses as "unrealistic" does',
    text: `${ASKED} Norway's foreign minister said Russia's demands were not realistic.`,
    expect: [{ party: 'norway', demand: NX, stance: 'rejects', quote: 'not realistic' }],
  },
  {
    name: '"none of … were acceptable" is the whole: rejects',
    text: `${ASKED} None of Russia's demands were acceptable, Blinken said.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'None of Russia' }],
  },
  // Keeping the applicant out, the alliance left unsaid.
  {
    name: 'turned down the call to keep Ukraine out: the refusers reject the halt',
    text: "The alliance turned down the Kremlin's call to keep Ukraine out.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'russia', demand: NX, stance: 'supports', quote: "the Kremlin's call" },
    ],
  },
  {
    name: 'the second of two calls turned down, "to bar Ukraine for good"',
    text: "Washington and the alliance turned down the Kremlin's calls to pull NATO out of Eastern Europe and to bar Ukraine for good.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'turned down' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'turned down' },
    ],
  },
  {
    name: 'wants the alliance to shut Ukraine and Georgia out: the proposer asks it',
    text: 'The Kremlin wants the alliance to shut Ukraine and Georgia out.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'shut Ukraine and Georgia out' }],
  },
  {
    name: 'refused to bar Ukraine permanently: the refusers reject the halt',
    text: 'The allies restated that membership stays open and refused to bar Ukraine permanently.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'bar Ukraine permanently' }],
  },
  {
    name: 'trap: keep Ukraine out of the war is no halt to enlargement',
    text: 'Biden said he wants to keep Ukraine out of the war.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: "trap: keep Ukraine out of harm's way is no halt to enlargement",
    text: "NATO must keep Ukraine out of harm's way, Stoltenberg said.",
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: keep Ukraine out of the EU (the proposer speaking) is no stated halt',
    text: 'The Kremlin wants to keep Ukraine out of the EU.',
    expect: [],
    none: [['russia', NX]],
  },
];

describe('"not realistic", and keeping the applicant out (session 35)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
