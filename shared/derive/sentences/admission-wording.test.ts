/**
 * More of the ways coverage says the alliance takes a country in: "accept … into its ranks", "(be) made a
 * member". Each is the opposite of non-expansion when
 * the alliance says it would do it, and the demand itself when someone wants it ruled out. Found in
 * real coverage read through `search`; sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('taking a country into the alliance, in other words', () => {
  it('"could accept … into its ranks" said for the alliance rejects the demand', () =>
    reading(
      'accept into its ranks',
      'The alliance could accept Finland and Sweden into its ranks quickly, Stoltenberg said.',
      [
        {
          party: 'nato',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'accept Finland and Sweden into its ranks',
        },
      ],
    ));
  it('"would welcome … into its ranks" is the same, on a condition', () =>
    reading(
      'welcome into its ranks',
      'Stoltenberg said NATO would welcome Sweden into its ranks if it applied.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'welcome Sweden into its ranks' }],
    ));
  it('"agreed that Ukraine should be made a member of the alliance"', () =>
    reading(
      'made a member',
      'The allies agreed that Georgia should one day be made a member of the alliance, Stoltenberg said.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'made a member' }],
    ));
  it('trap: ranks and invitations with no alliance in sight read nothing', () =>
    reading(
      'ranks without the alliance',
      "Russia's army took thousands of reservists into its ranks. The allies invited Finland and Sweden to the summit in Madrid. Moscow wants to make Minsk a member of its union state.",
      [],
      [
        ['russia', 'non-expansion'],
        ['nato', 'non-expansion'],
        ['finland', 'non-expansion'],
      ],
    ));
});
