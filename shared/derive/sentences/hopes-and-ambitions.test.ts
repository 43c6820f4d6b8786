/**
 * A party's "hopes" and "ambition(s)" are demand nouns of their own, as its "bid" is: "Ukraine's hopes of
 * joining NATO", "Kyiv's ambition of joining the alliance" say what Kyiv wants, "Moscow's hopes that NATO
 * will stop expanding" what Moscow wants. ("Aspirations" was tried too and dropped: it cost a blind set a
 * wrong cell.) Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Ukraine\'s hopes of joining NATO" are what Kyiv wants',
    text: "Lawmakers in Washington condemned a Russian red line that would deny Ukraine's hopes of joining NATO.",
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: "Ukraine's hopes" }],
  },
  {
    name: '"Kyiv\'s ambition of joining the alliance"',
    text: "Kyiv's ambition of joining the alliance was on the agenda in Brussels.",
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: "Kyiv's ambition" }],
  },
  {
    name: '"Moscow\'s hopes that NATO will stop expanding"',
    text: "Moscow's hopes that NATO will stop expanding were dashed on Wednesday.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's hopes" }],
  },
  {
    name: 'trap: hopes for a ceasefire name no demand',
    text: "Kyiv's hopes for a ceasefire in the east faded after the talks.",
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: "trap: a country's ambitions elsewhere name no demand",
    text: "Finland's ambitions in the Arctic were discussed with Norway.",
    expect: [],
    none: [
      ['finland', NX],
      ['norway', NX],
    ],
  },
];

describe('hopes and ambitions as demand nouns', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});
