/**
 * "Washington will not give Russia the guarantees it wants": a negated give/provide cue whose gap ends
 * on a pointer's noun ("not give … guarantees") reads the pointer's demands, as "refused to give"
 * already did. Traps: guarantees for someone else, a guarantee about something else, a forecast.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const BEFORE = 'Moscow wants a legal guarantee that NATO will never admit Ukraine. ';

const cases: ReadingCase[] = [
  {
    name: '"will not give Russia the guarantees it wants" after a sentence naming the demand: the US refuses it',
    text: `${BEFORE}Washington will not give Russia the guarantees it wants, Blinken said.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not give' }],
  },
  {
    name: '"will not provide the guarantees Russia wants": the same',
    text: `${BEFORE}The United States will not provide the guarantees Russia wants, Blinken said.`,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'not provide' }],
  },
  {
    name: 'trap: guarantees for Kyiv ("will not give Kyiv the guarantees it wants") are no Russian demand',
    text: `${BEFORE}Washington will not give Kyiv the guarantees it wants, Blinken said.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [
      ['united-states', NX],
      ['ukraine', NX],
    ],
  },
  {
    name: 'trap: a guarantee about troop movements is another matter',
    text: `${BEFORE}Washington will not give a guarantee about troop movements, Blinken said.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [['united-states', NX]],
  },
  {
    name: "trap: an analyst's forecast that Washington will not give the guarantees is no position of Washington's",
    text: `${BEFORE}An analyst predicted that Washington will not give Russia the guarantees it wants.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'guarantee' }],
    none: [['united-states', NX]],
  },
];

describe('a negated give/provide over a pointer to demands', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
