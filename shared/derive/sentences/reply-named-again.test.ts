/**
 * A reply its sender is still to hand over ("NATO was set to hand over its answer", "Washington is due
 * to hand over its reply") ties the reply to that sender like one already sent; the reply named again by
 * its kind of paper ("the text", "the document") speaks for that sender, and so does "It" in the
 * sentence right after one whose subject was that text ("Diplomats say the text makes no concessions.
 * It insists that …"). Not a party asked to hand over a reply, not a text whose sender no sentence
 * named, and not "It" after a sentence about something else. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-28');

describe('a reply to be handed over, named again as a text or "it"', () => {
  it('"X was set to hand over its answer … the text … It insists that …" is the sender', () =>
    reading(
      'it after the text',
      'NATO was set to hand over its written answer on Thursday. Diplomats say the text makes no concessions to Moscow. It insists that NATO will keep its door open to Ukraine.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'It insists that' }],
    ));
  it('"X is due to hand over its reply. The document rejects …" is the sender', () =>
    reading(
      'document after its sender',
      'Washington is due to hand over its reply on Wednesday. The document rejects any halt to NATO enlargement.',
      [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'The document rejects' }],
    ));
  it('trap: a party asked to hand over its answer is no sender', () =>
    reading(
      'asked to hand over',
      'NATO was asked to hand over its written answer. The text rejects any halt to NATO enlargement.',
      [],
      [['nato', 'non-expansion']],
    ));
  it('trap: a text whose sender no sentence named holds nothing', () =>
    reading(
      'text with no sender',
      'Diplomats say the text makes no concessions to Moscow. It insists that NATO will keep its door open to Ukraine.',
      [],
      [['nato', 'non-expansion']],
    ));
  it('trap: "It" after a sentence about something else is not the reply', () =>
    reading(
      'it after another subject',
      'NATO handed over its reply on Wednesday. Russia studied the proposal for weeks. It insists that NATO will keep its door open to Ukraine.',
      [],
      [['nato', 'non-expansion']],
    ));
});
