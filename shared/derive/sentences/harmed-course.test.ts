/**
 * A party saying a course would do harm ("quitting the grain deal would hurt the world's poorest",
 * "scrapping the protocol would damage the peace process") judges the course: named in the demand's
 * words, it rejects the demand; named in the words of its opposite, it wants the demand. Before, the
 * opposite said by a party that did not propose the demand read as that party's own wording, the wrong
 * way round (the US "rejecting" the grain deal's extension). Traps: a denied harm, a harm to another
 * party (which the speaker may want), a forecast by no party, a gain instead of a harm. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const grain = readerFor(evalOntology('grain-deal-2022.json'), '2023-07-18');
const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-06-24');
const iran = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-03-01');
const ni = readerFor(evalOntology('ni-protocol-2021.json'), '2022-06-13');

describe('a course said to do harm: its opposite harmful is the demand wanted', () => {
  it('"warned that quitting the grain deal would hurt the world\'s poorest": the US wants the deal kept', () =>
    grain(
      'would hurt',
      "Blinken warned on Tuesday that quitting the grain deal would hurt the world's poorest nations.",
      [{ party: 'united-states', demand: 'deal-extension', stance: 'supports', quote: 'would hurt' }],
    ));
  it('"ending the grain deal would endanger millions": the harm verb decides, not a conditional "open"', () =>
    grain(
      'would endanger',
      'The British foreign secretary said ending the grain deal would endanger millions of people who rely on it.',
      [{ party: 'uk', demand: 'deal-extension', stance: 'supports', quote: 'would endanger' }],
    ));
  it('"resuming the war would hurt civilians": the US wants the war ended', () =>
    gaza(
      'would hurt',
      'Sullivan said resuming the war after the pause would hurt civilians in Gaza more than anyone.',
      [{ party: 'united-states', demand: 'permanent-ceasefire', stance: 'supports', quote: 'would hurt' }],
    ));
  it('"keeping troops in the Philadelphi corridor would damage the peace treaty": Egypt wants them out', () =>
    gaza(
      'would damage',
      "Egypt's foreign minister warned that keeping troops in the Philadelphi corridor would damage the peace treaty.",
      [{ party: 'egypt', demand: 'israeli-withdrawal', stance: 'supports', quote: 'would damage' }],
    ));
  it('a side the demand is put to: "keeping sanctions in place would hurt ordinary Iranians" (its people, no adversary)', () =>
    iran('would hurt', 'Borrell warned that keeping sanctions in place would hurt ordinary Iranians most.', [
      { party: 'eu', demand: 'sanctions-lifting', stance: 'supports', quote: 'would hurt' },
    ]));
  it('"overriding the protocol would do serious harm to relations": do harm as a noun', () =>
    ni(
      'would do serious harm',
      'Coveney said that overriding the protocol would do serious harm to relations between London and Dublin.',
      [
        {
          party: 'ireland',
          demand: 'full-implementation',
          stance: 'supports',
          quote: 'would do serious harm',
        },
      ],
    ));
});

describe('a course said to do harm: the demand itself harmful is rejected', () => {
  it('"scrapping the protocol would damage the peace process": the US rejects the protocol\'s renegotiation', () =>
    ni(
      'would damage',
      'Biden warned that scrapping the protocol would damage the peace process in Northern Ireland.',
      [
        {
          party: 'united-states',
          demand: 'protocol-renegotiation',
          stance: 'rejects',
          quote: 'would damage',
        },
      ],
    ));
  it('"a full withdrawal from Gaza would endanger Israel": harm to the speaker\'s own side', () =>
    gaza('would endanger', 'Netanyahu said a full withdrawal from Gaza would endanger Israel.', [
      { party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'would endanger' },
    ]));
});

describe('traps', () => {
  it('trap: a harm denied ("would not hurt anyone") is no verdict: read as before, not as wanting the lifting', () =>
    iran('would not hurt', 'Borrell said keeping sanctions in place would not hurt anyone in the end.', [
      { party: 'eu', demand: 'sanctions-lifting', stance: 'rejects', quote: 'keeping sanctions in place' },
    ]));
  it('trap: harm to another party ("would hurt Hamas") is no verdict for the ceasefire', () =>
    gaza('would hurt Hamas', 'A US official said resuming the war would hurt Hamas most of all.', [
      { party: 'united-states', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'resuming the war' },
    ]));
  it('trap: a forecast by analysts, no party, reads nothing', () =>
    grain(
      'analysts said',
      "Some analysts said that quitting the grain deal would hurt the world's poorest nations.",
      [],
      [
        ['united-states', 'deal-extension'],
        ['un', 'deal-extension'],
      ],
    ));
  it('trap: a gain, not a harm ("would help the talks"): keeping sanctions stays the speaker\'s wording', () =>
    iran('would help', 'A US official said keeping sanctions in place would help the talks.', [
      {
        party: 'united-states',
        demand: 'sanctions-lifting',
        stance: 'rejects',
        quote: 'keeping sanctions in place',
      },
    ]));
  it('trap: "would hurt" in a question reads no verdict', () =>
    grain(
      'question',
      'Would quitting the grain deal hurt the poorest nations, a reporter asked Blinken.',
      [],
      [['united-states', 'deal-extension']],
    ));
});
