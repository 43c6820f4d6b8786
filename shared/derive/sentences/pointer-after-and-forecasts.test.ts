/**
 * "The guarantee Putin is after": a sought-for pointer told with "is after", as "the guarantees it
 * wants" already was. And forecasts: what a party will do, told by a commentator in a tag closing the
 * sentence ("…, an analyst predicted") or by the writer as "unlikely to", is no position of that
 * party; its own side saying so is. Traps: "the assurances it was after in 1990" (a past benefit, no
 * seeker's verb), guarantees Kyiv is after, the forecasts themselves. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const BEFORE = 'Moscow wants a legal guarantee that NATO will never admit Ukraine. ';

const cases: ReadingCase[] = [
  {
    name: '"will not give Russia the guarantee Putin is after": the US refuses the pointed demand',
    text: `${BEFORE}Washington will not give Russia the guarantee Putin is after, Blinken said.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not give' }],
  },
  {
    name: 'trap: "the assurances it was after in 1990" is history, not a refusal now',
    text: `${BEFORE}The treaty gave Moscow the assurances it was after in 1990, Blinken said.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [['united-states', NX]],
  },
  {
    name: "trap: the guarantees Kyiv is after are not Russia's demand",
    text: `${BEFORE}Washington will not give the guarantees Kyiv is after, Blinken said.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [
      ['united-states', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: "…, an analyst predicted" closing a refusal makes it the analyst\'s forecast',
    text: `${BEFORE}Washington will refuse to give such a guarantee, an analyst predicted.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "…, some experts believe" the same',
    text: 'Washington will never accept a halt to NATO enlargement, some experts believe.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'the same sentence closed by "a US official said" stays the US refusing',
    text: 'Washington will never accept a halt to NATO enlargement, a US official said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'never accept' }],
  },
  {
    name: 'trap: "are unlikely to grant the guarantees Moscow seeks", told by the writer, is a forecast',
    text: `${BEFORE}Washington and its allies are unlikely to grant the guarantees Moscow seeks.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "…, Putin said, although Washington and its allies are unlikely to grant …" is the writer\'s forecast',
    text: `${BEFORE}Washington looked ready to talk, Putin said, although Washington and its allies are unlikely to grant the guarantees he is after.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: '"is unlikely to accept that demand, Blinken said": its own side saying so still refuses',
    text: `${BEFORE}Washington is unlikely to accept that demand, Blinken said.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'unlikely to accept' }],
  },
];

describe('a pointer sought with "is after", and forecasts', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
