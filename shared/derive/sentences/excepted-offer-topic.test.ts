/**
 * Openness worded as an offer of talks, session 35 (helper O).
 *
 * 1. A refusal dressed as an offer: "ready to discuss anything except NATO membership", "willing to
 *    discuss all topics except the deployment of missiles", "ready to discuss everything except the
 *    release of the hostages". The one topic left out of an offer of talks on everything is one the
 *    party will not discuss, read as "will not discuss …" is (a refusal by the side asked); it read
 *    open before. Traps: "anything, including …" (the demand is inside the offer), an "except" that
 *    is no topic ("except during the holidays"), an exception in another clause.
 * 2. "The American reply contains proposals on arms control": proposals a party's reply holds are its
 *    offer, as "the US reply contains ideas on …" already read. Traps: a reply of no named party, the
 *    proposer's own proposals, proposals rejected by another party.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const rw = readerFor(seedOntology(), '2022-01-20');
const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-01');

describe('an offer of talks on everything but the demand', () => {
  it('"ready to discuss anything except NATO membership for Ukraine": the side asked refuses', () =>
    rw(
      'anything except',
      'Washington is ready to discuss anything except NATO membership for Ukraine, an official said.',
      [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'ready to discuss' }],
    ));
  it('"willing to discuss all topics except the deployment of missiles": refusal, not openness', () =>
    rw(
      'all topics except',
      'The Pentagon said the United States was willing to discuss all topics except the deployment of missiles.',
      [
        {
          party: 'united-states',
          demand: 'missile-deployment',
          stance: 'rejects',
          quote: 'willing to discuss',
        },
      ],
    ));
  it('"ready to discuss arms control and anything except membership": open on the one, not the other', () =>
    rw(
      'X and anything except Y',
      'Washington is ready to discuss arms control and anything except NATO membership for Ukraine.',
      [
        { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'ready to discuss' },
        { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'ready to discuss' },
      ],
    ));
  it('"ready to discuss everything except the release of the hostages" (Gaza): a refusal', () =>
    gaza(
      'everything except (gaza)',
      'Hamas is ready to discuss everything except the release of the hostages, a spokesman said.',
      [{ party: 'hamas', demand: 'hostage-release', stance: 'rejects', quote: 'ready to discuss' }],
    ));
  it('"ready to discuss all issues except a full withdrawal" (Gaza): a refusal', () =>
    gaza(
      'all issues except (gaza)',
      'Israel is ready to discuss all issues except a full withdrawal from Gaza, the minister said.',
      [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'ready to discuss' }],
    ));
  it('trap: "anything, including the release of the hostages" is openness (unchanged)', () =>
    gaza(
      'trap: anything, including',
      'Hamas is ready to discuss anything, including the release of the hostages.',
      [{ party: 'hamas', demand: 'hostage-release', stance: 'open', quote: 'ready to discuss' }],
    ));
  it('trap: an "except" of time is no excepted topic', () =>
    gaza(
      'trap: except during',
      'Israel said it was ready to discuss a withdrawal from Gaza except during the holidays.',
      [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'open', quote: 'ready to discuss' }],
    ));
  it('trap: "any proposal except one that gives Moscow a veto, including arms control" stays open', () =>
    rw(
      'trap: excepted other thing',
      'Washington is ready to discuss any proposal except one that gives Moscow a veto, including arms control.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'ready to discuss' }],
    ));
  it('trap: the exception in an earlier clause does not reach the other party’s offer', () =>
    gaza(
      'trap: exception in another clause',
      'Israel is ready to discuss anything except the hostages, while Hamas is ready to discuss a withdrawal from Gaza.',
      [],
      [['israel', 'israeli-withdrawal']],
    ));
});

describe('a party’s reply that contains proposals on the demand', () => {
  it('"the American reply includes proposals on arms control": the US is open', () =>
    rw(
      'reply includes proposals on',
      'The American reply includes proposals on arms control, a diplomat said.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'proposals on' }],
    ));
  it('"Washington’s written answer contains several concrete proposals on …"', () =>
    rw(
      'answer contains several concrete proposals on',
      "Washington's written answer contains several concrete proposals on arms control, a Russian diplomat said.",
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'proposals on' }],
    ));
  it('"the reply contains proposals for more reciprocal transparency"', () =>
    rw(
      'reply contains proposals for',
      'According to the secretary of state, the American reply contains proposals for more reciprocal transparency on troop movements.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'proposals for' }],
    ));
  it('trap: replies of no named party give no one openness', () =>
    rw(
      'trap: the replies contain proposals',
      'A Russian diplomat said the replies contain proposals on intermediate-range missiles.',
      [],
      [
        ['united-states', 'missile-deployment'],
        ['nato', 'missile-deployment'],
      ],
    ));
  it('trap: the proposer’s own proposals on guarantees still support (unchanged)', () =>
    rw(
      'trap: Russia’s proposals on',
      "Russia's proposals on security guarantees demand that NATO stop expanding.",
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'proposals on' }],
      [['russia', 'missile-deployment']],
    ));
  it('trap: a reply another party rejected is not that party’s offer', () =>
    rw(
      'trap: rejected reply with proposals',
      'NATO rejected the Russian reply, which contains proposals on missile limits.',
      [],
      [['nato', 'missile-deployment']],
    ));
});
