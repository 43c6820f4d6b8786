/**
 * Forces of others placed on a place the demand's forces are to leave: "Egypt has proposed an
 * international force along the Philadelphi corridor", "favours deploying Arab peacekeeping troops along
 * the corridor". The corridor, read bare, was taken for the addressee's hold on it wanted as it is, so
 * the proposer read as rejecting Israel's withdrawal — a confident wrong reading. Forces an
 * "international", "multinational", "Arab", "peacekeeping" or "UN" qualifier makes nobody's own now
 * leave the place unread (others-force.ts). Found in real coverage: worthynews.com (September 2024,
 * Egypt favouring an Arab international peacekeeping force along the Philadelphi corridor, after
 * Al-Araby Al-Jadeed), alquds.com (22 August 2024, reports of international forces in the Philadelphi
 * corridor).
 * Traps (still read): a party's own forces placed there ("Israel wants its forces along the Philadelphi
 * corridor", "Netanyahu wants Israeli forces on the Philadelphi corridor"), the opposite phrase with an
 * international force in another clause ("Netanyahu said Israel must keep control of the Philadelphi
 * corridor and rejected an international force"), and a party's forces staying.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-08-20');

describe('a force of others on the corridor: no stance on the withdrawal', () => {
  it('"proposed an international force along the Philadelphi corridor": Egypt does not reject', () =>
    gaza(
      'international force',
      'Egypt has proposed an international force along the Philadelphi corridor.',
      [],
      [['egypt', 'israeli-withdrawal']],
    ));
  it('"an international force be deployed in the Philadelphi corridor": no stance', () =>
    gaza(
      'deployed in',
      'Egypt has proposed that an international force be deployed in the Philadelphi corridor.',
      [],
      [['egypt', 'israeli-withdrawal']],
    ));
  it('"deploying Arab peacekeeping troops along the Philadelphi corridor": no stance', () =>
    gaza(
      'peacekeeping troops',
      'Egypt favours deploying Arab peacekeeping troops along the Philadelphi corridor.',
      [],
      [['egypt', 'israeli-withdrawal']],
    ));
  it('"putting a multinational force on the Philadelphi corridor": the United States does not reject', () =>
    gaza(
      'multinational',
      'Washington has suggested putting a multinational force on the Philadelphi corridor.',
      [],
      [['united-states', 'israeli-withdrawal']],
    ));
});

describe("traps: a party's own forces there still read", () => {
  it('"Israel wants its forces along the Philadelphi corridor": Israel rejects the withdrawal', () =>
    gaza('own forces', 'Israel wants its forces along the Philadelphi corridor.', [
      {
        party: 'israel',
        demand: 'israeli-withdrawal',
        stance: 'rejects',
        quote: 'its forces along the Philadelphi corridor',
      },
    ]));
  it('"Netanyahu wants Israeli forces on the Philadelphi corridor": Israel rejects it', () =>
    gaza('israeli forces', 'Netanyahu wants Israeli forces on the Philadelphi corridor.', [
      {
        party: 'israel',
        demand: 'israeli-withdrawal',
        stance: 'rejects',
        quote: 'Israeli forces on the Philadelphi corridor',
      },
    ]));
  it('"must keep control of the Philadelphi corridor and rejected an international force": still read', () =>
    gaza(
      'keep control',
      'Netanyahu said Israel must keep control of the Philadelphi corridor and rejected an international force.',
      [
        {
          party: 'israel',
          demand: 'israeli-withdrawal',
          stance: 'rejects',
          quote: 'must keep control of the Philadelphi corridor',
        },
      ],
    ));
  it('"Israeli troops must stay in the Philadelphi corridor": Israel rejects it', () =>
    gaza('stay', 'Netanyahu insisted that Israeli troops must stay in the Philadelphi corridor.', [
      {
        party: 'israel',
        demand: 'israeli-withdrawal',
        stance: 'rejects',
        quote: 'Israeli troops must stay in the Philadelphi corridor',
      },
    ]));
});
