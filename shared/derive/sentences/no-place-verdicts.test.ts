/**
 * Verdicts that banish the demand to the past or leave it no room ("spheres of influence have no place in
 * Europe", "… belong in the past", "there is no room for …"), and a sentence of its own after a colon that
 * a verdict before the colon does not govern. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"have no place", "belong in the past", "a thing of the past" said of spheres of influence reject the demand',
    text: 'Spheres of influence have no place in a Europe of free nations, the Finnish president said.\nSpheres of interest belong in the past, the German foreign minister added.\nThe era of spheres of influence is a thing of the past, Stoltenberg said.',
    expect: [
      { party: 'finland', demand: NX, stance: 'rejects', quote: 'have no place' },
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'belong in the past' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'thing of the past' },
    ],
  },
  {
    name: '"no room for" the demand rejects it; said of its opposite by its proposer, supports it',
    text: 'The Polish president said there was no room for spheres of influence in Europe.\nLavrov said there was no room for further NATO expansion in a stable Europe.',
    expect: [
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'no room for' },
      { party: 'russia', demand: NX, stance: 'supports', quote: 'no room for' },
    ],
  },
  {
    name: "the opposite's past: Ukraine's hopes of joining NATO called a thing of the past by Russia's envoy",
    text: "Ukraine's hopes of joining NATO are a thing of the past, the Russian ambassador to the alliance said.",
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'thing of the past' }],
  },
  {
    name: 'trap: no room in the hall, no place at the table, no demand named',
    text: 'There was no room in the hall for all the journalists, a NATO spokesperson said. Ukraine has no place at these talks, Lavrov said.',
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: a country that counts a region in its own sphere of interest takes no stance',
    text: 'Hungary regards the Western Balkans as part of its sphere of interest, its foreign minister said.',
    expect: [],
    none: [['hungary', NX]],
  },
  {
    name: 'a verdict on "such a deal" before a colon does not govern the open door named in a sentence of its own after it',
    text: "Asked about Moscow's call for guarantees, the Finnish president said he saw no room for such a deal: the open-door policy keeps membership within reach of any country.",
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'open-door policy' }],
  },
  {
    name: 'the same after a verdict with no speech verb: the open door after the colon is no item of what was rejected',
    text: "The Swedish prime minister said she rejected such a deal: the open door remains the alliance's policy.",
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: 'open door' }],
  },
  {
    name: 'trap: the items of a list after a colon are still governed by the verdict before it',
    text: "Washington rejected Moscow's main demands: a halt to NATO enlargement and a pullback of allied forces to 1997 positions.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'rejected' },
    ],
  },
];

describe('no-place verdicts and sentences after a colon', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
