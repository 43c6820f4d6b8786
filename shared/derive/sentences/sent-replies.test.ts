/**
 * Who speaks through a reply or a ministry described rather than named. "The US and NATO sent their
 * replies. The letters stand firm that …": the letters, named again with no owner, speak for whoever a
 * sentence shortly before said sent them (not for a party that received them, nor for a party whose own
 * document the sentence names). "The foreign ministry in Moscow said …": a ministry followed by "in" and
 * its place speaks for that place's party (not a document sent to a party). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-28');

describe('replies named again speak for their sender', () => {
  it('"X and Y sent their replies. The letters stand firm that …" is both senders', () =>
    reading(
      'letters after their senders',
      'The US and NATO sent their written replies on Wednesday. The letters stand firm that Ukraine may apply to join the alliance.',
      [
        {
          party: 'united-states',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'The letters stand firm',
        },
        { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'The letters stand firm' },
      ],
    ));
  it('"X delivered its answer. The reply offers …" is the sender', () =>
    reading(
      'reply after its sender',
      'Washington delivered its answer to Moscow on Wednesday. The reply offers talks on limits for missiles in Europe.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'The reply offers' }],
      [['russia', 'missile-deployment']],
    ));
  it('trap: letters a party received are not its own', () =>
    reading(
      'letters received',
      'Moscow received the letters from Washington and Brussels on Wednesday. The letters stand firm that Ukraine may apply to join the alliance.',
      [],
      [
        ['russia', 'non-expansion'],
        ['united-states', 'non-expansion'],
        ['nato', 'non-expansion'],
      ],
    ));
  it('trap: a party handed the replies (a passive) is no sender', () =>
    reading(
      'handed the replies',
      'Russia was handed the replies on Wednesday. The replies hold that Ukraine may apply to join the alliance.',
      [],
      [['russia', 'non-expansion']],
    ));
  it("trap: another party's own letter named in the next sentence speaks for that party", () =>
    reading(
      "another party's letter",
      "The US and NATO sent their written replies on Wednesday. Russia's letter insists that NATO must halt any further enlargement.",
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Russia's letter insists" }],
      [
        ['united-states', 'non-expansion'],
        ['nato', 'non-expansion'],
      ],
    ));
  it('trap: "They" after a sentence naming the sender and another party is not the sender', () =>
    reading(
      'they after two parties',
      "The US sent its reply to Russia's demands. They insist that NATO must halt any further enlargement.",
      [],
      [['united-states', 'non-expansion']],
    ));
});

describe('a ministry in a place speaks for that place', () => {
  it('"The foreign ministry in Moscow said …" is Russia', () =>
    reading(
      'ministry in its capital',
      'The foreign ministry in Moscow said NATO must halt any further enlargement.',
      [
        {
          party: 'russia',
          demand: 'non-expansion',
          stance: 'supports',
          quote: 'The foreign ministry in Moscow',
        },
      ],
    ));
  it('trap: a document sent to a party is not that party speaking', () =>
    reading(
      'draft submitted to',
      'A draft treaty submitted to the US stated that NATO must halt any further enlargement.',
      [],
      [['united-states', 'non-expansion']],
    ));
  it('trap: a ministry "in its statement to" a party is not that party', () =>
    reading(
      'ministry in its statement to',
      'The foreign ministry in its statement to Washington said NATO must halt any further enlargement.',
      [],
      [['united-states', 'non-expansion']],
    ));
});
