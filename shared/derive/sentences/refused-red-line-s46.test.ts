/**
 * Another side's red line refused: "Biden declined to respect the Kremlin's red lines over Ukraine's
 * membership of the alliance", "did not accept Putin's red lines on NATO expansion". The red line forbids
 * what its "over"/"on" phrase names, so the one refusing it keeps that possible and rejects the halt
 * (before, the refusal of a refusal read as unclear whenever a preposition stood between them). The red
 * line's owner still holds the demand.
 * Traps: red lines only discussed or commented on ("declined to comment on"), a refusal whose demand
 * words come in another clause, and a red line respected; a red line refused to be crossed ("refused to
 * cross") stays unclear, as before.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-22';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'declined to respect the Kremlin\'s "red lines" over Ukraine\'s membership',
    text: 'On the phone with Putin, Biden declined to respect the Kremlin\'s "red lines" over Ukraine\'s possible membership of the alliance.',
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'Biden declined to respect' },
      { party: 'russia', demand: NE, stance: 'supports', quote: 'red lines' },
    ],
    none: [['ukraine', NE]],
  },
  {
    name: "refused to accept the Kremlin's red lines on NATO expansion (the topic only)",
    text: "Washington refused to accept the Kremlin's red lines on NATO expansion.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'refused to accept' }],
  },
  {
    name: "did not accept Putin's red lines over Ukraine's membership of NATO",
    text: "Biden did not accept Putin's red lines over Ukraine's membership of NATO.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'did not accept' }],
  },
  {
    name: 'a red line refused to be crossed is not refused: no rejection is read',
    text: "Biden refused to cross the Kremlin's red lines on missiles in Ukraine.",
    published,
    expect: [
      { party: 'russia', demand: MD, stance: 'supports', quote: 'missiles' },
      { party: 'united-states', demand: MD, stance: 'unclear', quote: 'refused' },
    ],
  },
  {
    name: 'trap: red lines discussed',
    text: "Biden discussed the Kremlin's red lines over Ukraine's membership with Putin.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: declining to comment on the red lines refuses nothing',
    text: "Biden declined to comment on the Kremlin's red lines over Ukraine's membership.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the demand words in another clause',
    text: "Biden refused to accept the Kremlin's red lines, and Ukraine's membership remains distant.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a red line respected',
    text: "Biden respected the Kremlin's red lines on NATO expansion.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe("another side's red line refused", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
