/**
 * A yes-or-no question put to an official and answered with a bare modal: "Asked whether Kyiv could
 * give up its bid to join NATO, the envoy said it might." Neither yes nor no: the answerer's party is
 * unclear on the demand asked about. The answerer may be named by office, the post's place and the
 * office holder's name in commas ("Ukraine's ambassador in Berlin, <name>, replied …"). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-14');

describe('a question answered "it might": unclear', () => {
  it('"Asked whether Kyiv could give up its bid to join NATO, …, replied that it might"', () =>
    reading(
      'replied that it might',
      "Asked whether Kyiv could give up its bid to join NATO, Ukraine's ambassador in Berlin, Oleh Dovzhenko, replied that it might.",
      [{ party: 'ukraine', demand: 'non-expansion', stance: 'unclear', quote: 'it might' }],
    ));
  it('"… said it could, given the pressure": a qualification after the comma keeps the hedge', () =>
    reading(
      'said it could, given',
      'Asked on television whether Kyiv could drop its push for alliance membership to avert a war, the Ukrainian envoy said it could, given the pressure it was under.',
      [{ party: 'ukraine', demand: 'non-expansion', stance: 'unclear', quote: 'it could' }],
    ));
  it('trap: a modal with a verb after it is another statement, no answer to the question', () =>
    reading(
      'said it might face',
      'Asked whether Kyiv could give up its bid to join NATO, the Ukrainian foreign minister said it might face more pressure.',
      [],
      [['ukraine', 'non-expansion']],
    ));
  it('trap: a modal answer without a question put reads nothing', () =>
    reading(
      'no question put',
      'The Ukrainian envoy discussed the bid to join NATO with reporters and said it might.',
      [],
      [['ukraine', 'non-expansion']],
    ));
});
