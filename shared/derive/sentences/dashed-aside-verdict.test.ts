/**
 * "X described the demands — A and B — as unacceptable": a verdict opening on "as" right after the
 * closing dash of an aside belongs to the clause before the aside, so the judging verb's subject judges
 * the demands the aside lists. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'the subject of "branded … — A and B — as unacceptable" rejects both listed demands',
    text: "The alliance branded the Kremlin's two conditions — an end to enlargement and the removal of allied troops from the Baltic states — as unacceptable.",
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'a verdict noun after the dashes ("regards … — … — as non-starters") judges the aside too',
    text: "Washington regards Moscow's requests — a halt to NATO enlargement and the withdrawal of forces from Eastern Europe — as non-starters, Blinken said.",
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starters' },
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'non-starters' },
    ],
  },
  {
    name: 'trap: dismissed in the passive with no one named, the dashed list gets no judge',
    text: "The Kremlin's two conditions — an end to enlargement and the removal of allied troops from the Baltic states — were dismissed as unacceptable.",
    expect: [],
    none: [
      ['nato', NX],
      ['nato', RB],
      ['united-states', RB],
    ],
  },
  {
    name: 'trap: "as" after a dashed aside that opens a time clause carries no verdict',
    text: 'NATO kept its troops in the Baltic states — some 5,000 soldiers — as talks with Moscow resumed.',
    expect: [],
    none: [['nato', NX]],
  },
];

describe('a verdict after a dashed aside', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
