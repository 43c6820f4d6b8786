/**
 * A suspended hyphen: "intermediate- and shorter-range missiles" names both kinds, the first compound's
 * head left to the second. After a topic preposition the first word belongs to the mention, so the
 * topic ("- on intermediate- and …") reaches the demand as "- on intermediate-range …" does. (A hyphen
 * set apart, "trade - and …", is a dash, no part of a compound.) Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('a suspended compound opens the mention', () => {
  it('"ideas Moscow is ready to discuss, the minister said - on medium- and short-range missiles" (the proposer ready to discuss its own demand supports it; was: open)', () =>
    reading(
      'medium- and short-range',
      'The Western letters hold ideas Moscow is ready to discuss, the Russian minister said - on medium- and short-range missiles.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'ready to discuss' }],
    ));
  it('the same with "or" (the proposer supports its own demand it is ready to discuss)', () =>
    reading(
      'medium- or short-range',
      'The Western letters hold ideas Moscow is ready to discuss, the Russian minister said - on medium- or short-range missiles.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'ready to discuss' }],
    ));
  it('trap: a suspended compound of another matter names no missiles', () =>
    reading(
      'long- and short-term trade',
      'The Western letters hold ideas Moscow is ready to discuss, the Russian minister said - on long- and short-term trade.',
      [],
      [['russia', 'missile-deployment']],
    ));
});
