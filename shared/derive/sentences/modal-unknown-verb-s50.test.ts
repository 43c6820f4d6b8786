/**
 * A bare infinitive after a modal, unknown to the ontology, acting on a demand's bare subject
 * (clause-structure.ts unknownVerbActsOn): "the United States must withdraw its sanctions" had read China
 * *rejecting* the lifting of sanctions — "sanctions" alone names the status quo (the demand's opposite), and
 * "must" took it as wanting sanctions. A verb the ontology does not know ("withdraw", "revisit", "rethink")
 * may turn the object either way; the mention is kept, unread, as it already was after "to".
 * Found in coverage: IFP News (4 November 2021, China's foreign ministry spokesman on US sanctions against
 * Iran). Kept: a verb the ontology knows ("must lift", "should drop") and the opposite's own wording
 * ("would maintain sanctions"), and an adverb between the modal and the demand's own verb ("would ever join
 * NATO": the first version read "ever" as the verb; the whole suite caught it, dodged-question-s37).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('iran-nuclear-2021.json'), '2021-11-04');
const SL = 'sanctions-lifting';

describe('a modal and a verb the ontology does not know, on a bare subject (s50)', () => {
  it('trap: "… the United States must withdraw its sanctions" is no refusal of lifting', () =>
    read(
      'withdraw',
      "China's foreign ministry spokesman said the United States must withdraw its sanctions on Iran.",
      [],
      [
        ['china', SL],
        ['united-states', SL],
      ],
    ));
  it('trap: "Washington should revisit the sanctions"', () =>
    read(
      'revisit',
      "Beijing's envoy said Washington should revisit the sanctions on Iran.",
      [],
      [['china', SL]],
    ));
  it('trap: "the Americans must rethink their sanctions"', () =>
    read(
      'rethink',
      'A Chinese spokesman said the Americans must rethink their sanctions on Tehran.',
      [],
      [['china', SL]],
    ));
  it('kept: "must lift its sanctions" (a verb of the demand)', () =>
    read(
      'lift',
      "China's foreign ministry spokesman said the United States must lift its sanctions on Iran.",
      [{ party: 'china', demand: SL, stance: 'supports', quote: 'must' }],
    ));
  it('kept: "should drop the sanctions"', () =>
    read('drop', "China's envoy said Washington should drop the sanctions on Iran.", [
      { party: 'china', demand: SL, stance: 'supports', quote: 'should' },
    ]));
  it('kept: "would maintain sanctions" (the opposite in its own words)', () =>
    read(
      'maintain',
      'Blinken said the United States would maintain sanctions on Iran until Tehran returns to compliance.',
      [{ party: 'united-states', demand: SL, stance: 'rejects', quote: 'would' }],
    ));
  it('kept: an adverb between the modal and the demand\'s own verb is no verb ("must never join NATO")', () =>
    checkReading({
      name: 'must never join',
      text: 'Lavrov said Ukraine must never join NATO.',
      published: '2022-01-10',
      expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'must' }],
    }));
  it('kept: "… dodged a question about whether Ukraine would ever join NATO" stays unclear', () =>
    checkReading({
      name: 'would ever join',
      text: 'Blinken dodged a question about whether Ukraine would ever join NATO, saying only that talks would go on.',
      published: '2022-01-10',
      expect: [
        { party: 'united-states', demand: 'non-expansion', stance: 'unclear', quote: 'dodged a question' },
      ],
    }));
});
