/**
 * Threats on a condition and verdicts on a hypothetical act, in sentences written for these tests:
 * - a punitive step threatened on a condition ("would want to take legal action if London tore up the
 *   protocol", "ready to take countermeasures if …") is no openness to the demand named in the condition;
 * - the demand's own words in an if-clause before a punitive step ("If joint drills are not allowed, we will
 *   take countermeasures") are the condition of a threat, not the speaker's ask (before an offer they are);
 * - "reckless" and "irresponsible" are verdicts of refusal, and a verdict told with "would be" on the
 *   demand's opposite ("triggering Article 16 would be reckless") refuses that act now: support of the
 *   demand, not a conditional openness.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const ni = readerFor(evalOntology('ni-protocol-2021.json'), '2021-10-01');
const nk = readerFor(evalOntology('us-dprk-2018.json'), '2018-08-01');

describe('threats on a condition', () => {
  it('"would want to take legal action if London tore up the protocol": no openness to scrapping it', () =>
    ni(
      'legal action if',
      'The EU would want to take legal action if London tore up the protocol.',
      [],
      [['eu', 'protocol-renegotiation']],
    ));
  it('"ready to take countermeasures if Britain scraps the protocol": no openness either', () =>
    ni(
      'countermeasures if',
      'Brussels is ready to take countermeasures if Britain scraps the protocol, Sefcovic said.',
      [],
      [['eu', 'protocol-renegotiation']],
    ));
  it('trap: an offer with a condition after it stays an offer ("ready to renegotiate … if London took legal action")', () =>
    ni(
      'offer then condition',
      'The EU said it would be ready to renegotiate the protocol if London took legal action.',
      [{ party: 'eu', demand: 'protocol-renegotiation', stance: 'open', quote: 'ready to renegotiate' }],
    ));
  it('trap: "take action to cut checks if …" is a step toward the demand, not a threat', () =>
    ni('action to', 'London said it would take action to cut checks if the EU refused to renegotiate.', [
      { party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'take action to cut checks' },
    ]));
  it('"If joint drills are not allowed, we will take countermeasures": the condition is no stance', () =>
    nk(
      'threat after met demand',
      'If joint drills are not allowed, we will take countermeasures, Kim said.',
      [],
      [['north-korea', 'exercises-halt']],
    ));
  it('trap: the demand refused in the condition of a threat is the threatener\u2019s ask', () =>
    nk(
      'threat after refused demand',
      'If joint drills are not halted, we will take countermeasures, Kim said.',
      [{ party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'countermeasures' }],
    ));
  it('trap: the demand in the condition of an offer is the one offering\u2019s ask', () =>
    nk('offer after demand', 'If sanctions are lifted, North Korea will dismantle Yongbyon, Kim said.', [
      { party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'sanctions are lifted' },
    ]));
});

describe('verdicts on a hypothetical act', () => {
  it('"triggering Article 16 would be reckless", said by an outsider: support of full implementation', () =>
    ni('reckless outsider', 'Biden said triggering Article 16 would be reckless.', [
      { party: 'united-states', demand: 'full-implementation', stance: 'supports', quote: 'reckless' },
    ]));
  it('"would be a grave mistake" on the opposite, said by an outsider: support, not openness', () =>
    ni('grave mistake outsider', 'Washington said triggering Article 16 would be a grave mistake.', [
      { party: 'united-states', demand: 'full-implementation', stance: 'supports', quote: 'mistake' },
    ]));
  it('"it would be a mistake if London triggered Article 16": "it" is the act the if-clause names', () =>
    ni('it would be if', 'Biden said it would be a mistake if London triggered Article 16.', [
      { party: 'united-states', demand: 'full-implementation', stance: 'supports', quote: 'mistake' },
    ]));
  it('"scrapping the protocol would be irresponsible": a refusal of scrapping', () =>
    ni('irresponsible', 'Coveney said scrapping the protocol would be irresponsible.', [
      { party: 'ireland', demand: 'protocol-renegotiation', stance: 'rejects', quote: 'irresponsible' },
    ]));
  it('trap: "would not be reckless" is no support (a denied verdict: unclear)', () =>
    ni('not reckless', 'Frost said triggering Article 16 would not be reckless.', [
      { party: 'uk', demand: 'full-implementation', stance: 'unclear', quote: 'reckless' },
    ]));
  it('trap: a verdict on the demand itself with "would be" stays a refusal of it', () =>
    ni('renegotiating mistake', 'Washington said renegotiating the protocol would be a mistake.', [
      { party: 'united-states', demand: 'protocol-renegotiation', stance: 'rejects', quote: 'mistake' },
    ]));
});
