/**
 * "a number of Russia's central proposals were unacceptable", "several of the Russian proposals",
 * "parts of the proposal": a verdict on some of a party's demands, not saying which, is a verdict on
 * none of them in particular — no cell of the judge takes it. The whole ("Russia's proposals were
 * unacceptable") still points at every demand the document attached to the party. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';
const ASKED = 'Moscow wants the alliance to stop enlarging and to pull its missiles back from Europe.';

const cases: ReadingCase[] = [
  {
    name: '"a number of" the proposer\'s proposals judged: no demand of it in particular',
    text: `${ASKED} Blinken said a number of Russia's key security proposals were unacceptable.`,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['united-states', MD],
    ],
  },
  {
    name: '"several of the" proposer\'s proposals (past the article) judged: none in particular',
    text: `${ASKED} Blinken said several of the Russian proposals were non-starters.`,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', NX],
      ['united-states', MD],
    ],
  },
  {
    name: '"parts of the proposals" judged: none in particular',
    text: `${ASKED} A US official said parts of the proposals would be unacceptable to Washington.`,
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', MD],
    ],
  },
  {
    name: "the whole of the proposer's proposals judged: each demand it was read asking for",
    text: `${ASKED} Blinken said Russia's security proposals were unacceptable.`,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
];

describe('part of a party’s demands, not saying which', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
