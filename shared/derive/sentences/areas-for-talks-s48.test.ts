/**
 * A party naming a matter as an area for talks is open to it: "the reply sets out areas for further talks,
 * including missile deployments", "limits on missiles are one area for negotiation", "there are areas where
 * progress is possible, such as …" — the same reading as the shipped "areas of possible cooperation", in the
 * words coverage of the January 2022 replies used (TASS, 17 February 2022: the replies outlined areas for
 * further talks; DW via Sunday Vision, 8 January 2022, and Republic World, 9 January 2022: areas where
 * progress is possible). Denied, it refuses: "the open door is not an area for negotiation".
 * Traps: analysts or a think tank listing such areas hold nothing; a question holds nothing; a matter no
 * demand names is no stance.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';
const NX = 'non-expansion';
const NO_ONE_ON_MISSILES: Array<[string, string]> = [
  ['united-states', MD],
  ['nato', MD],
  ['russia', MD],
];

const cases: ReadingCase[] = [
  {
    name: '"the US reply sets out areas for discussion, such as missile deployments": the US is open',
    text: 'The US reply sets out areas for discussion, such as missile deployments in Europe.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'areas for discussion' }],
  },
  {
    name: '"areas for further talks, including …, the US official said": the US is open',
    text: 'The reply set out areas for further talks with Moscow, including limits on missile deployments in Europe, the US official said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'areas for further talks' }],
  },
  {
    name: '"Washington said limits on missile deployments are one area for further talks": the US is open',
    text: 'Washington said limits on missile deployments are one area for further talks.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'area for further talks' }],
  },
  {
    name: '"there are areas where progress is possible, such as limits on missiles": the US is open',
    text: 'The US official said there are areas where progress is possible, such as limits on missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'areas where progress is possible' },
    ],
  },
  {
    name: '"the open-door policy is not an area for negotiation, Stoltenberg said": NATO rejects',
    text: 'Stoltenberg said the open-door policy is not an area for negotiation.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'area for negotiation' }],
  },
  {
    name: 'trap: analysts listing areas for further talks hold nothing',
    text: 'Analysts listed several areas for further talks, including limits on missile deployments.',
    published,
    expect: [],
    none: NO_ONE_ON_MISSILES,
  },
  {
    name: 'trap: a think tank naming areas where progress is possible holds nothing',
    text: 'The think tank identified areas where progress is possible, such as limits on missile deployments in Europe.',
    published,
    expect: [],
    none: NO_ONE_ON_MISSILES,
  },
  {
    name: 'trap: a question about the areas for discussion holds nothing',
    text: 'Reporters asked Blinken which areas for discussion the reply contained on missile deployments?',
    published,
    expect: [],
    none: NO_ONE_ON_MISSILES,
  },
  {
    name: "trap: troop levels as a future area for negotiation, in commentators' words, are no stance",
    text: 'Commentators said troop levels in Poland could become an area for negotiation one day.',
    published,
    expect: [],
    none: [
      ['united-states', 'rollback-1997'],
      ['nato', 'rollback-1997'],
      ['poland', 'rollback-1997'],
    ],
  },
];

describe('a matter named as an area for talks (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
