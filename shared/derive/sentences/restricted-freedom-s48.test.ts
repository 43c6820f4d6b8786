/**
 * A restriction reaches across "freedom" to the choice it names, as it reaches across "right": "Finland
 * rejects any restriction of its freedom to choose its alliances" refuses the restriction of the open door,
 * so Finland rejects non-expansion. Before, the restriction stopped at "freedom", the choice was read on its
 * own (the open door, the demand's opposite) and "rejects" turned it into Finland *supporting*
 * non-expansion. Coverage of the Finnish answer to the demands (Reuters via Yahoo and yalibnan, 1–3 January
 * 2022: Niinistö's and Marin's "freedom of choice", including applying for membership) names the freedom
 * this way; the restriction words are the demand's own.
 * Traps: a freedom of another kind is no stance; Moscow restricting the freedom is Moscow's demand.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-03';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Finland rejects any restriction of its freedom to choose its alliances": Finland rejects',
    text: 'Finland rejects any restriction of its freedom to choose its alliances, Marin said.',
    published,
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'rejects' }],
  },
  {
    name: '"rejects any attempt to restrict its freedom to join military alliances": Finland rejects',
    text: 'Finland rejects any attempt to restrict its freedom to join military alliances, Marin said.',
    published,
    expect: [{ party: 'finland', demand: NX, stance: 'rejects', quote: 'rejects' }],
  },
  {
    name: '"Russia wants to restrict the freedom of countries to choose their alliances": Russia supports',
    text: 'Russia wants to restrict the freedom of countries to choose their alliances.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: a freedom of the press restricted is no stance on enlargement',
    text: 'Finland rejects any restriction of the freedom of the press, Marin said.',
    published,
    expect: [],
    none: [
      ['finland', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: a freedom to trade restricted is no stance on enlargement',
    text: 'Sweden opposes any limit on its freedom to trade with its neighbours.',
    published,
    expect: [],
    none: [['sweden', NX]],
  },
  {
    name: 'trap: restricting freedom of movement at the border is no stance on enlargement',
    text: 'Moscow wants to restrict the freedom of movement of NATO ships in the Black Sea.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
];

describe('a restriction across "freedom" to the choice of alliances (session 48)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
