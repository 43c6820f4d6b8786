/**
 * A stand held firm, closed by a comma, then an example of what it covers led by "including",
 * "notably", "especially" or "particularly", the stand's "on" moved after the lead: "the reply gave no
 * ground, including on Moscow's call for …", "would not budge, notably on the Kremlin's demand for …",
 * "made no concessions, including on Moscow's demand to …". Written without the comma ("gave no ground
 * on …") these were read already. Traps: a lead after a list of subjects that holds no stand ("The
 * talks covered several subjects, including on …"), the stand's example that is no demand ("no
 * concessions, including on arms control"), and the proposer standing firm on its own demand, which it
 * keeps. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"gave no ground, including on Putin\'s call for …": the stand reaches the example',
    text: "Blinken said the reply gave no ground, including on Putin's call for Ukraine to be kept out of NATO for good.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'no ground, including on' }],
  },
  {
    name: '"gave no ground, notably on Moscow\'s demand to bar …"',
    text: "Blinken said Washington gave no ground, notably on Moscow's demand to bar Ukraine from NATO.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'no ground, notably on' }],
  },
  {
    name: '"would not give ground, particularly on Moscow\'s demand that NATO pull its forces out of …"',
    text: "Sherman said Washington would not give ground, particularly on Moscow's demand that NATO pull its forces out of Eastern Europe.",
    published,
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'give ground, particularly on' },
    ],
  },
  {
    name: 'a stand with no "on" of its own: "made no concessions, including on Moscow\'s demand to …"',
    text: "Blinken said the reply made no concessions, including on Moscow's demand to bar Ukraine from NATO.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'made no concessions' }],
  },
  {
    name: '"would not budge, especially on the Kremlin\'s demand for a halt to NATO enlargement"',
    text: "Stoltenberg said the allies would not budge, especially on the Kremlin's demand for a halt to NATO enlargement.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'not budge, especially on' }],
  },
  {
    name: 'trap: a lead after subjects covered, no stand before it',
    text: "The talks covered several subjects, including on Moscow's demand to bar Ukraine from NATO, Blinken said.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: "trap: the stand's example is no demand, and talks welcomed after it are openness, not a refusal",
    text: 'Blinken said the reply made no concessions, including on arms control, and welcomed talks on NATO enlargement.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: the proposer standing firm on its own demand keeps it',
    text: 'Lavrov said Russia would not budge, including on its demand to bar Ukraine from NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'its demand' }],
    none: [['united-states', NE]],
  },
];

describe('a stand held firm reaches an example led by "including", "notably", "especially" after a comma', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
