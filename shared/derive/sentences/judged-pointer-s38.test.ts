/**
 * A verb of judging with a party's demand noun for its object: "Kallas called Russia's demands
 * unacceptable", "Borrell described the Russian conditions as unacceptable". The subject gives a
 * verdict of its own, as "Kallas said Russia's demands were unacceptable" does, so where the document
 * never says what the demands are, it refuses the party's central demand (as that sentence does).
 * Traps: a narrator's account of a refusal ("NATO rejected Russia's demands"), a verdict on something
 * else than the demands ("the Western response to Russia's demands"), a judge of its own demands, and
 * a judgement that is no refusal ("a basis for talks"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Kallas called Russia\'s demands unacceptable"',
    text: "Kallas called Russia's demands unacceptable.",
    published,
    expect: [{ party: 'baltic-states', demand: NE, stance: 'rejects', quote: 'called', voice: 'own' }],
  },
  {
    name: '"Borrell described the Russian conditions as unacceptable"',
    text: 'Borrell described the Russian conditions as unacceptable.',
    published,
    expect: [{ party: 'eu', demand: NE, stance: 'rejects', quote: 'described', voice: 'own' }],
  },
  {
    name: 'an auxiliary and an adverb before the verb: "has flatly called"',
    text: "Kallas has flatly called Russia's demands unacceptable.",
    published,
    expect: [{ party: 'baltic-states', demand: NE, stance: 'rejects', quote: 'flatly called' }],
  },
  {
    name: '"Kyiv declared Moscow\'s demands unacceptable"',
    text: "Kyiv declared Moscow's demands unacceptable.",
    published,
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'declared' }],
  },
  {
    name: 'trap: the narrator\'s account "NATO rejected Russia\'s demands" says not which',
    text: "NATO rejected Russia's demands.",
    published,
    expect: [],
    none: [['nato', NE]],
  },
  {
    name: 'trap: a verdict on the response to the demands, not on them',
    text: "Lavrov called the Western response to Russia's demands unacceptable.",
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: the proposer judging its own demands',
    text: "Putin called Russia's demands reasonable.",
    published,
    expect: [],
    none: [
      ['nato', NE],
      ['united-states', NE],
    ],
  },
  {
    name: 'trap: a judgement that refuses nothing ("a basis for talks")',
    text: "Blinken called Russia's demands a basis for talks.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe("a verb of judging with a party's demand noun for its object is the judge's own verdict", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
