/**
 * A right denied to the demand's proposer where the demand is named by a frame that takes the denial's own
 * "no" as its first restriction: "Russia has no right to deny Ukraine NATO membership, Stoltenberg said"
 * ("no + deny + membership"), "Russia has no right to halt NATO enlargement, Blinken said". The phrase form
 * ("no right to block Ukraine from joining NATO") already read the speaking party's refusal; the frame form
 * read only the proposer, and nothing for the party that said it, with NATO named in the sentence or only
 * in the one before.
 * Read now: the speaking party, when it did not put the demand forward, rejects it; the proposer keeps its
 * own reading.
 * Traps: the proposer's own voice ("…, Lavrov said"), no party speaking ("analysts said", no attribution),
 * and the denial in a condition ("If Russia has no right to …, …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Russia has no right to deny Ukraine NATO membership, Stoltenberg said" is NATO refusing the halt',
    text: 'Russia has no right to deny Ukraine NATO membership, Stoltenberg said.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'no right to deny Ukraine NATO membership' },
    ],
  },
  {
    name: 'NATO named only in the sentence before: "… no right to deny membership to Ukraine"',
    text: 'NATO will keep its door open. Russia has no right to deny membership to Ukraine, Stoltenberg said.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'no right to deny membership to Ukraine' },
    ],
  },
  {
    name: '"Russia has no right to halt NATO enlargement, Blinken said" is the US refusing it',
    text: 'Russia has no right to halt NATO enlargement, Blinken said.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'no right to halt NATO enlargement' },
    ],
  },
  {
    name: 'trap: the proposer\'s own voice ("…, Lavrov said") gives Russia no refusal',
    text: 'Russia has no right to deny Ukraine NATO membership, Lavrov said.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: with no party speaking, nobody refuses',
    text: 'Russia has no right to deny Ukraine NATO membership.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: analysts saying it are no party',
    text: 'Russia has no right to halt NATO enlargement, analysts said.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: the denial in a condition asserts nothing',
    text: 'If Russia has no right to halt NATO enlargement, the talks are pointless, Stoltenberg said.',
    published,
    expect: [],
    none: [['nato', NX]],
  },
];

describe('a right denied to the proposer, the demand named by a frame opened with "no" (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
