/**
 * The alliance's "advance" as a noun for its growth eastward. Coverage of Moscow's demands writes it so
 * ("guarantees that would rule out any further advance of the bloc to the east", "we must put an end to
 * the advance of NATO … further to the east", "further NATO advances"), and with no "to the east" after it
 * nothing was read. Read now: "further NATO advance(s)", "advance of NATO", "of the alliance", "of the bloc"
 * as the demand's subject, under the frame's restrictions and cues as any other.
 * Traps: "advance" as a verb ("NATO advanced no new proposals", "would not advance further talks"), as an
 * adjective ("NATO's advance notice", "the alliance's advance planning"), and an army's advance that is not
 * the alliance's ("the advance of its troops").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"further NATO advances were unacceptable" is Russia asking for the halt',
    text: 'Lavrov said further NATO advances were unacceptable to Moscow.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'further NATO advances' }],
    none: [['nato', NX]],
  },
  {
    name: '"guarantees ruling out any further NATO advance", with no "to the east"',
    text: 'Putin demanded guarantees ruling out any further NATO advance.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'ruling out any further NATO advance' },
    ],
    none: [['nato', NX]],
  },
  {
    name: '"rule out any further advance of the bloc" is the same demand',
    text: 'The deputy defence minister said Russia wants guarantees that would rule out any further advance of the bloc.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'further advance of the bloc' }],
  },
  {
    name: '"the advance of the alliance" rejected by Moscow, with "to the east" too',
    text: 'Moscow will not tolerate the advance of the alliance to the east, Peskov said.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'advance of the alliance' }],
  },
  {
    name: 'trap: "advanced" as a verb of proposing, with "no", is no halt to enlargement',
    text: 'NATO advanced no new proposals at the meeting, Russian diplomats said.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "would not advance further talks" is no halt to enlargement',
    text: 'Stoltenberg said the alliance would not advance further talks with Moscow.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "NATO\'s advance notice" of exercises is an adjective, not the alliance\'s growth',
    text: "Russia rejected NATO's advance notice of the exercises as insufficient.",
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: an army\'s "advance of its troops" is not the alliance\'s',
    text: 'Russia said it would not halt the advance of its troops until NATO responded.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "the alliance\'s advance planning" is an adjective',
    text: "The alliance's advance planning did not cover a Russian attack, Stoltenberg said.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
];

describe('"further NATO advances", "the advance of the bloc" as the alliance\'s growth (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
