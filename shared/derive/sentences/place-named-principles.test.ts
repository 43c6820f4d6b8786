/**
 * "The Helsinki principles", "the Istanbul principles": a capital before "principles" names where a
 * text was signed, not principles the capital's party holds. A party's own name ("the NATO principles",
 * "the Finnish principle") still owns them. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-10');

describe('a signing place before "principles" owns nothing', () => {
  it('"Paris will not go back on the Helsinki principles, …": France refuses, Finland holds nothing', () =>
    reading(
      'the Helsinki principles',
      'Paris will not go back on the Helsinki principles, among them the right of every state to pick its own alliances.',
      [{ party: 'france', demand: 'non-expansion', stance: 'rejects', quote: 'principles' }],
      [['finland', 'non-expansion']],
    ));
  it('trap: an organisation named before "principles" still owns them', () =>
    reading(
      'the NATO principles',
      'The NATO principles include the right of each state to pick its own alliances, the secretary general said.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'NATO principles' }],
    ));
  it('trap: a party’s adjective before "principle" still owns it', () =>
    reading(
      'the Finnish principle',
      'Finland will keep to the Finnish principle that each state may choose its own alliances, its president said.',
      [{ party: 'finland', demand: 'non-expansion', stance: 'rejects', quote: 'Finnish principle' }],
    ));
});
