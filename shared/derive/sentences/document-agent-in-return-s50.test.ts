/**
 * Two words that looked like a party's act or a demand's restriction and were neither:
 * - A party's name that only modifies a document noun after "by" (analyze-sentence/document-agent.ts): "The
 *   Philadelphi corridor is a buffer zone … guaranteed by the 1979 Egypt-Israel peace treaty" read Egypt
 *   *rejecting* the withdrawal, as the agent of "guaranteed". The agent is the treaty.
 *   Found in coverage: Ahram Online (July 2024, an Egyptian source on the Philadelphi corridor).
 * - "in return for" (demand-mentions.ts inReturn): "The United States is considering removing the IRGC from
 *   its blacklist in return for Iranian commitment to contain the force" read the US *open* on Iran's nuclear
 *   limits, "return" taken for the restriction of returning to the deal's limits and "commitment" for its
 *   subject. The idiom of an exchange returns to nothing.
 *   Found in coverage: Rudaw (17 March 2022) and Foreign Desk News (March 2022), on Axios's report.
 * Kept: a party as the passive agent ("demanded by Egypt"), a return to compliance named after "in return for".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor } from '../test-support/reading';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-07-20');
const iran = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-03-17');
const IW = 'israeli-withdrawal';
const NL = 'nuclear-limits';

describe('a name modifying a document after "by" is no agent (s50)', () => {
  it('trap: "… a buffer zone guaranteed by the 1979 Egypt-Israel peace treaty"', () =>
    gaza(
      'peace treaty',
      'The Philadelphi corridor is a buffer zone on the Egypt-Gaza border guaranteed by the 1979 Egypt-Israel peace treaty.',
      [],
      [
        ['egypt', IW],
        ['israel', IW],
      ],
    ));
  it('trap: "… was guaranteed by the Egypt-Israel treaty of 1979"', () =>
    gaza(
      'treaty of',
      "The corridor's demilitarisation was guaranteed by the Egypt-Israel treaty of 1979.",
      [],
      [['egypt', IW]],
    ));
  it('trap: "The ban on intermediate-range missiles was guaranteed by the 1987 US-Soviet treaty"', () =>
    checkReading({
      name: 'US-Soviet treaty',
      text: 'The ban on intermediate-range missiles was guaranteed by the 1987 US-Soviet treaty.',
      published: '2022-01-10',
      expect: [],
      none: [['united-states', 'missile-deployment']],
    }));
  it('kept: "Israel\'s withdrawal from the corridor was demanded by Egypt"', () =>
    gaza('party agent', "Israel's withdrawal from the corridor was demanded by Egypt.", [
      { party: 'egypt', demand: IW, stance: 'supports', quote: 'demanded' },
    ]));
});

describe('"in return for" is an exchange, not a return (s50)', () => {
  it('trap: "… removing the IRGC from its blacklist in return for an Iranian commitment …"', () =>
    iran(
      'IRGC',
      'The US is considering removing the IRGC from its blacklist in return for an Iranian commitment to rein in the force.',
      [{ party: 'united-states', demand: 'irgc-delisting', stance: 'open', quote: 'considering' }],
      [['united-states', NL]],
    ));
  it('trap: "Washington offered to ease some sanctions in return for Iranian commitments on regional de-escalation"', () =>
    iran(
      'ease sanctions',
      'Washington offered to ease some sanctions in return for Iranian commitments on regional de-escalation.',
      [{ party: 'united-states', demand: 'sanctions-lifting', stance: 'open', quote: 'offered' }],
      [['united-states', NL]],
    ));
  it('trap: "Tehran wants guarantees in return for its commitments"', () =>
    iran('guarantees', 'Tehran wants binding guarantees in return for its commitments.', [], [['iran', NL]]));
  it('kept: "… would lift sanctions in return for Iran\'s return to compliance"', () =>
    iran(
      'return to compliance',
      "Blinken said the United States would lift sanctions in return for Iran's return to compliance.",
      [{ party: 'united-states', demand: NL, stance: 'supports', quote: 'return to compliance' }],
    ));
});
