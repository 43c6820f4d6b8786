/**
 * "what Russia demands cannot be accepted", "rejected what Moscow has put forward": a free relative with
 * a named seeker stands for what that party asked, as "Russia's demands" does (references.ts). Not a
 * question ("unclear what Moscow wants"), a part ("most of what …"), a predicate ("that is not what
 * Moscow wants") or what the sentence goes on to state ("what Russia wants is for NATO to …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-12');
const asked = 'Moscow wants NATO to pull its troops out of the Baltic states. ';

describe('a free relative with a named seeker points at what the seeker asked', () => {
  it('"what Russia demands cannot be accepted"', () =>
    reading('what Russia demands', `${asked}Kallas said what Russia demands cannot be accepted.`, [
      { party: 'baltic-states', demand: 'rollback-1997', stance: 'rejects', quote: 'cannot be accepted' },
      { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' },
    ]));
  it('"what Moscow is asking for is a non-starter"', () =>
    reading('what Moscow is asking for', `${asked}Kallas said what Moscow is asking for is a non-starter.`, [
      { party: 'baltic-states', demand: 'rollback-1997', stance: 'rejects', quote: 'non-starter' },
    ]));
  it('"rejected what Moscow has put forward"', () =>
    reading('what Moscow has put forward', `${asked}Kallas rejected what Moscow has put forward.`, [
      { party: 'baltic-states', demand: 'rollback-1997', stance: 'rejects', quote: 'rejected' },
    ]));
  it('trap: a question ("unclear what Moscow wants") points at nothing', () =>
    reading(
      'unclear what',
      `${asked}Kallas said it was unclear what Moscow wants.`,
      [],
      [['baltic-states', 'rollback-1997']],
    ));
  it('trap: part of it ("most of what Moscow proposed") does not say which', () =>
    reading(
      'most of what',
      `${asked}Kallas said most of what Moscow proposed is unacceptable.`,
      [],
      [['baltic-states', 'rollback-1997']],
    ));
  it('trap: a predicate ("that is not what Moscow wants") points at nothing', () =>
    reading(
      'is not what',
      `${asked}Kallas said a weaker alliance is not what Moscow wants.`,
      [],
      [['baltic-states', 'rollback-1997']],
    ));
});
