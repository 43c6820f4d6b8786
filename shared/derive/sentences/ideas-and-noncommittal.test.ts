/**
 * Two wordings of a stance short of a firm one. "Came up with / came forward with (specific) ideas on X":
 * ideas put on the table, like "put forward ideas on X", are openness to X. "Avoided committing
 * himself on X": a party keeping its position to itself, like "noncommittal on X", is unclear on X.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-28');

describe('ideas brought forward on a demand: openness', () => {
  it('"had come forward with several concrete ideas on lowering military risks"', () =>
    reading(
      'come forward with ideas on',
      'Lavrov said the Americans had come forward with several concrete ideas on lowering military risks.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'come forward with' }],
    ));
  it('"came up with ideas on lowering military risks"', () =>
    reading(
      'came up with ideas on',
      'The Americans came up with ideas on lowering military risks, a Russian diplomat said.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'came up with ideas' }],
    ));
  it('trap: ideas on another matter are no openness on the demand named later', () =>
    reading(
      'ideas on something else',
      'The Americans came up with ideas on sanctions relief, while Moscow wants missile limits.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
      [['united-states', 'missile-deployment']],
    ));
});

describe('avoiding a commitment on a demand: unclear', () => {
  it('"avoided committing himself on Moscow’s demand that NATO halt its expansion"', () =>
    reading(
      'avoided committing himself on',
      "The Bulgarian prime minister avoided committing himself on Moscow's demand that NATO halt its expansion.",
      [
        {
          party: 'bulgaria',
          demand: 'non-expansion',
          stance: 'unclear',
          quote: 'avoided committing himself',
        },
        { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Moscow's demand" },
      ],
    ));
  it('trap: avoiding a commitment on another matter leaves the refusal after it standing', () =>
    reading(
      'avoided committing on X but rejected',
      "The Bulgarian prime minister avoided committing himself on energy prices but rejected Moscow's demand that NATO halt its expansion.",
      [{ party: 'bulgaria', demand: 'non-expansion', stance: 'rejects', quote: 'rejected' }],
    ));
});
