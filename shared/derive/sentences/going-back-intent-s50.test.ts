/**
 * The rollback's phrase denied past "is not going to" and a verb of going back: "NATO is not going to
 * return to its 1997 configuration". The walk back from the phrase took in the "to" of "going to" and
 * stopped there, so the denial was never reached and the sentence stayed a mention (only "will not
 * return to its" and "is not going to go back to its" read). The party that is not going to go back
 * rejects the rollback; the speaker who says so for the alliance holds it too.
 * Traps: the proposer saying the alliance is going to have to return (no denial); a commentator's
 * forecast with a condition; a question; "not going to" that denies another verb ("not going to say
 * whether …").
 * Found in: UrduPoint/Sputnik, 12 January 2022 (the US envoy: the alliance not going to return to 1997),
 * and TASS, 11 January 2022 (the same envoy: not going to be rolling back time and returning …).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"NATO is not going to return to its 1997 configuration, Stoltenberg said": NATO rejects',
    text: 'NATO is not going to return to its 1997 configuration, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'is not going to return to its 1997' }],
  },
  {
    name: '"The allies are not going to return to their 1997 posture, the Polish president said": Poland rejects',
    text: 'The allies are not going to return to their 1997 posture, the Polish president said.',
    published,
    expect: [{ party: 'poland', demand: RB, stance: 'rejects', quote: 'not going to return to their 1997' }],
  },
  {
    name: '"the alliance is not going to revert to its 1997 lines, the US ambassador said": the US rejects',
    text: 'The US ambassador to NATO said the alliance is not going to revert to its 1997 lines.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'not going to revert' }],
  },
  {
    name: 'trap: the proposer saying the alliance is going to have to return holds its demand; NATO gets nothing',
    text: 'Lavrov said NATO is going to have to return to its 1997 configuration.',
    published,
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: "trap: a commentator's forecast with a condition is no stance",
    text: 'Analysts said the alliance is not going to return to its 1997 posture unless Russia pulls back first.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: a question whether the alliance is not going to return is no stance',
    text: 'Is NATO really not going to return to its 1997 configuration?',
    published,
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "not going to say whether" denies the saying, not the return',
    text: 'Stoltenberg said he was not going to say whether the allies would return to their 1997 posture.',
    published,
    expect: [],
    none: [['nato', RB]],
  },
];

describe('the rollback denied past "is not going to" and a verb of going back (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
