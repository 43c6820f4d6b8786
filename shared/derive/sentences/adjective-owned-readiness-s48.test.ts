/**
 * A readiness noun after "the" and a party's adjective is that party's, as it is after its name: "Lavrov
 * noted the American willingness to discuss missile deployments" — the US is open, reported; the one who
 * notes or welcomes it is not thereby open to anything. Before, the adjective was passed by (an adjective
 * speaks for no one) and the readiness went to the speaker: Russia read as open to, or supporting through,
 * the other side's willingness. Found in coverage of Russia's reply of 17 February 2022 (antiwar.com: the
 * Russians noted the US willingness to negotiate arms control) and of the January replies (TASS, 26 January
 * 2022: the American readiness for dialogue).
 * Traps: the same readiness put in doubt is no one's; the noting party keeps only what it states itself.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-17';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"Lavrov welcomed the American readiness to discuss limits on missile deployments": the US is open',
    text: 'Lavrov welcomed the American readiness to discuss limits on missile deployments.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: MD,
        stance: 'open',
        quote: 'readiness to discuss',
        voice: 'reported',
      },
    ],
    none: [['russia', MD]],
  },
  {
    name: '"The Russian side noted the American willingness to negotiate limits …": the US is open',
    text: 'The Russian side noted the American willingness to negotiate limits on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willingness to negotiate' }],
  },
  {
    name: '"Ryabkov noted the British readiness to discuss missile deployments": the UK is open',
    text: 'Ryabkov noted the British readiness to discuss missile deployments in Europe.',
    published,
    expect: [{ party: 'uk', demand: MD, stance: 'open', quote: 'readiness to discuss' }],
  },
  {
    name: "trap: the American readiness put in doubt is no one's",
    text: 'Lavrov questioned the American readiness to discuss limits on missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
    // (Russia's own demand, named, is read at the document level only.)
    noneButStated: [['russia', MD]],
  },
  {
    name: 'trap: "the Russian willingness to talk" noted by the US is Russia\'s, not the US\'s',
    text: 'Blinken noted the Russian willingness to talk about missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: an American readiness for a matter no demand names is no stance',
    text: 'Lavrov welcomed the American readiness to discuss a prisoner exchange.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['russia', MD],
      ['united-states', 'non-expansion'],
    ],
  },
];

describe("a readiness owned by a party's adjective (session 48)", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
