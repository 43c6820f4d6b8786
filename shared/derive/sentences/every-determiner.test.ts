/**
 * "every" before a demand's subject is a determiner like "any" or "all": "an end to every NATO military
 * activity across Eastern Europe" names the same withdrawal as "an end to NATO military activity". A
 * sentence with "every" and no restriction of the subject names no demand. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('"every" between a restriction and its subject', () => {
  it('"demanding an end to every NATO military activity across Central and Eastern Europe"', () =>
    reading(
      'end to every',
      'The Kremlin is demanding an end to every NATO military activity across Central and Eastern Europe.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'demanding' }],
    ));
  it('trap: defending every inch of allied territory restricts nothing', () =>
    reading(
      'defend every inch',
      'Stoltenberg said the alliance would defend every inch of allied territory in Eastern Europe.',
      [],
      [['nato', 'rollback-1997']],
    ));
});
