/**
 * A short prepositional aside in commas between a verb of weighing a matter ("consider", "discuss",
 * "work out", "look at") and its object ("willing to consider, at the coming talks, whether …") is passed
 * over: the verb reads on to what it weighs. An aside naming a source ("…, Russian diplomats claim, …")
 * is not passed over: the openness is then theirs to report, not the party's own. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('an aside in commas between a verb of weighing and its object', () => {
  it('"ready to consider, during next week’s meetings, whether both sides might cap …"', () =>
    reading(
      'consider, during …, whether',
      "The White House is ready to consider, during next week's meetings, whether both sides might cap missile deployments in Europe.",
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'consider' }],
    ));
  it('"offered to work out, in consultation with allies, a means of checking that no missiles …"', () =>
    reading(
      'work out, in …, a means',
      'Washington offered to work out, in consultation with allies, a means of checking that no cruise missiles are based at the two sites.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'offered' }],
    ));
  it('trap: an aside naming a source is not passed over; the claim is theirs to report', () =>
    reading(
      'consider, X claim, whether',
      'Washington is willing to consider, Russian diplomats claim, whether both sides might cap missile deployments in Europe.',
      [],
      [['united-states', 'missile-deployment']],
    ));
  it('trap: the verb’s object after the aside is another matter; the demand later in the sentence is not weighed', () =>
    reading(
      'study, at …, ways to cut drills',
      'Washington is willing to study, at the talks, ways to cut the number of drills, while Moscow wants a cap on missile deployments.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
      [['united-states', 'missile-deployment']],
    ));
});
