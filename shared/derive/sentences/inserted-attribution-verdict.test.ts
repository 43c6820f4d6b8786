/**
 * "Allied deployments near Russia, he told reporters, amount to threats Moscow cannot tolerate": an
 * attribution inserted between two commas does not end the subject's clause; the verdict after it is
 * on the words before it, as it is when the attribution comes last. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'past "he told reporters", the proposer calls the deployments threats: its demand',
    text: 'Lavrov said relations had hit a low. Allied battalions near Russian territory, he told reporters, amount to threats Moscow will not tolerate.',
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'amount to threats' }],
  },
  {
    name: 'past ", Lavrov said,", a named speaker between the commas: the same',
    text: 'Allied deployments near Russian territory, Lavrov said, amount to threats Moscow will not tolerate.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'amount to threats', kind: 'speaker' },
    ],
  },
  {
    name: 'trap: an inserted attribution with no verdict after it reads nothing',
    text: 'Stoltenberg said the meeting was useful. Allied battalions in Estonia, he told reporters, took part in drills. Allied battalions in Latvia, Stoltenberg said, trained with local forces.',
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
];

describe('a verdict past an inserted attribution', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
