/**
 * The rollback's own phrase denied past a verb of going back: "NATO will not return to its 1997 posture",
 * "the allies are not going to return to the 1997 lines". The denial stood four words or more before the
 * phrase ("not return to its 1997 …") and was not seen, so the sentence was only a mention. The party that
 * will not go back rejects the rollback; the speaker who says so for the alliance holds it too.
 * Traps: the proposer demanding the return; a condition ("unless forced to"); a past fact ("never returned
 * … after the Cold War"); a commentator's forecast.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"NATO will not return to its 1997 posture, Stoltenberg said": NATO rejects the rollback',
    text: 'Stoltenberg said NATO will not return to its 1997 posture.',
    published,
    expect: [
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'NATO will not return to its 1997 posture' },
    ],
  },
  {
    name: '"The allies will not return to the 1997 lines, the Polish president said": Poland rejects',
    text: 'The allies will not return to the 1997 lines, the Polish president said.',
    published,
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'will not return to the 1997 lines' }],
  },
  {
    name: '"the alliance will not return to its 1997 configuration, the US envoy said": the US rejects',
    text: 'The alliance will not return to its 1997 configuration, the US ambassador to NATO said.',
    published,
    expect: [
      { party: 'united-states', demand: RB, stance: 'rejects', quote: 'will not return' },
      { party: 'nato', demand: RB, stance: 'rejects', quote: 'will not return', voice: 'reported' },
    ],
  },
  {
    name: 'trap: the proposer demanding the return holds its demand; NATO gets nothing',
    text: 'Lavrov said NATO must return to its 1997 posture.',
    published,
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'NATO must return to its 1997 posture' },
    ],
    none: [['nato', RB]],
  },
  {
    name: 'trap: a past fact ("never returned … after the Cold War") is no stance',
    text: 'Stoltenberg said NATO never returned to its 1997 posture after the Cold War.',
    published,
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: "trap: a commentator's forecast with a condition is no stance",
    text: 'Critics said the alliance would not return to its 1997 posture even if Russia pulled back its troops.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
];

describe('the rollback denied past a verb of going back (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
