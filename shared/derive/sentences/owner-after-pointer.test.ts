/**
 * A pointer whose owner follows it in a relative clause of proposing: "the package Moscow put forward",
 * "the draft treaties the Kremlin tabled". The party putting it forward owns it, as its possessive would
 * ("Moscow's package"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('the owner of a pointer named after it, putting it forward', () => {
  it('"no talks should begin on the package Moscow put forward": Russia\'s demands, refused', () =>
    reading(
      'put forward',
      "Lithuania's foreign minister said no talks should begin on the package Moscow put forward.",
      [
        {
          party: 'baltic-states',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'the package Moscow put forward',
        },
      ],
    ));
  it('"the proposals that the Kremlin had sent", with two sides holding demands already', () =>
    reading(
      'had sent',
      'Moscow wants NATO to stop expanding, and the alliance wants Russia to pull its troops back from the Ukrainian border. Canada turned down the proposals that the Kremlin had sent.',
      [
        {
          party: 'canada',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'Canada turned down the proposals',
        },
      ],
    ));
  it('trap: a verb that is no proposing, or proposals sent back, own nothing', () =>
    reading(
      'not put forward',
      "Lithuania's foreign minister said no talks should begin on the proposals Moscow received. Latvia's president said no talks should begin on the ideas NATO sent back.",
      [],
      [
        ['baltic-states', 'non-expansion'],
        ['baltic-states', 'rollback-1997'],
      ],
    ));
  it('"the proposals Moscow tabled were unacceptable": the owner after the pointer is not the verdict\'s subject', () =>
    reading(
      'tabled, verdict',
      'The proposals Moscow tabled were unacceptable, the American secretary of state said.',
      [
        {
          party: 'united-states',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'unacceptable',
        },
      ],
    ));
  it('trap: demands a party refused, put forward by another, give the refuser no verdict of its own', () =>
    reading(
      'rejected, put forward by',
      'The demands Moscow rejected were put forward by Washington.',
      [],
      [
        ['russia', 'non-expansion'],
        ['united-states', 'non-expansion'],
      ],
    ));
});
