/**
 * An undertaking listed as a later item of a party's demand noun: "no concessions on the Kremlin's main
 * demands, including a pullback of NATO troops and the guarantee that Ukraine would be barred from
 * joining". The verdict on the demand noun governs the second item as it does the first; before, the
 * first item parted them and only the proposer's support was read. Traps: the undertaking outside the list
 * (another clause, another speaker), a list whose earlier item has a clause of its own, and the proposer
 * repeating its own list (support, no refusal).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"no concessions on the Kremlin\'s main demands, including X and the guarantee that …" refuses both',
    text: "Blinken said there were no concessions on the Kremlin's main demands, including a pullback of NATO troops and the guarantee that Ukraine would be barred from joining NATO.",
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'no concessions' },
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'no concessions' },
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'guarantee' },
    ],
  },
  {
    name: '"rejected Moscow\'s key demands, notably X and firm assurances that …"',
    text: "The alliance rejected Moscow's key demands, notably a withdrawal of troops from the Baltic states and assurances that Georgia would never join NATO.",
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: "rejected Moscow's key demands" },
      { party: 'nato', demand: 'rollback-1997', stance: 'rejects', quote: "rejected Moscow's key demands" },
    ],
  },
  {
    name: 'trap: the undertaking in another clause, another speaker\'s ("but Lavrov said the guarantee …")',
    text: "Blinken rejected the Kremlin's demand for a pullback of NATO troops, but Lavrov said the guarantee that Ukraine would never join NATO was still the priority.",
    expect: [
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'rejected the Kremlin' },
    ],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: an earlier item with a clause of its own ("troops that Moscow says threaten it")',
    text: "Blinken rejected the Kremlin's main demands, including a pullback of troops that Moscow says threaten it, and the guarantee that Ukraine would never join NATO.",
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: the proposer repeating its own list holds both, nobody refuses',
    text: "Lavrov repeated Russia's main demands, including a pullback of NATO troops and the guarantee that Ukraine would never join NATO.",
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'guarantee' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: "Russia's main demands" },
    ],
    none: [
      ['united-states', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
];

describe('an undertaking as a later item of an owned demand noun', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
