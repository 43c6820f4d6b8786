/**
 * Refusals that carry their own denial (findings.ts conditionalAcceptance, attempted-change.ts, the cue
 * lists):
 * - "Egypt said it would not tolerate any Israeli presence in the Philadelphi corridor" read Egypt *open* on
 *   the withdrawal: "would" made the sentence conditional, and a conditional acceptance is read as openness —
 *   but a refusal worded as its own denial ("not tolerate", "never accept") accepts nothing on terms.
 *   Found in coverage: TDM News and North Africa Post (26 August 2024, Egypt via Al-Qahera News).
 * - "Moscow can no longer tolerate NATO's eastward expansion" was not read: "no longer tolerate" joins "not
 *   tolerate" and "never tolerate" among the refusals (shipped and evaluation ontologies). Found in coverage:
 *   Press TV (17 January 2022) and Yahoo News (January 2022), Peskov on CNN.
 * - "Washington will accept no limits on NATO enlargement" read the US *supporting* the halt: a "no" after a
 *   verb of accepting, before a noun of restriction that opens the demand's words, refuses, as "will accept no
 *   change to it" already did (attempted-change.ts). Not found verbatim in coverage ("will not accept any
 *   restrictions" is what coverage writes, and reads); kept as a precision guard of the same construction.
 * Kept: a conditional acceptance ("would accept a lasting ceasefire if …" stays open), "accept no further
 * expansion" (the demand's own "no further"), "accept nothing less than a ban".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor } from '../test-support/reading';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-08-26');
const NX = 'non-expansion';
const read = (
  name: string,
  text: string,
  expect: Parameters<typeof checkReading>[0]['expect'],
  none: Array<[string, string]> = [],
) => checkReading({ name, text, published: '2022-01-17', expect, none });

describe('refusals worded as their own denial (s50)', () => {
  it('"would not tolerate any Israeli presence in the corridor": Egypt supports the withdrawal, not open', () =>
    gaza(
      'would not tolerate',
      'Egypt said it would not tolerate any Israeli presence in the Philadelphi corridor.',
      [{ party: 'egypt', demand: 'israeli-withdrawal', stance: 'supports', quote: 'not tolerate' }],
    ));
  it('kept: "Israel would accept a lasting ceasefire if the hostages were freed" stays open', () =>
    gaza('conditional acceptance', 'Israel would accept a lasting ceasefire if the hostages were freed.', [
      { party: 'israel', demand: 'permanent-ceasefire', stance: 'open', quote: 'accept' },
    ]));
  it('"Moscow can no longer tolerate NATO\'s eastward expansion"', () =>
    read(
      'no longer tolerate',
      "Moscow can no longer tolerate NATO's eastward expansion, a top Russian official said.",
      [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no longer tolerate' }],
    ));
  it('"Peskov said Russia could no longer tolerate …": supports, conditional', () =>
    read(
      'could no longer tolerate',
      "Peskov said Russia could no longer tolerate NATO's eastward expansion.",
      [{ party: 'russia', demand: NX, stance: 'supports', quote: 'no longer tolerate' }],
    ));
  it('trap: "Washington will accept no limits on NATO enlargement" is no support of the halt', () =>
    read('accept no limits', 'Washington will accept no limits on NATO enlargement.', [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'accept' },
    ]));
  it('trap: "The allies will accept no restrictions on the open door"', () =>
    read('accept no restrictions', 'The allies will accept no restrictions on the open door.', [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'accept' },
    ]));
  it('trap: "Blinken said the US would accept no curbs on NATO membership"', () =>
    read('accept no curbs', 'Blinken said the US would accept no curbs on NATO membership.', [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'accept' },
    ]));
  it('kept: "Russia will accept no further NATO expansion" (the demand\'s own "no further")', () =>
    read('accept no further', 'Russia will accept no further NATO expansion.', [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'accept' },
    ]));
  it('kept: "it would accept nothing less than a ban on NATO enlargement"', () =>
    read(
      'nothing less than',
      'The Kremlin said it would accept nothing less than a ban on NATO enlargement.',
      [{ party: 'russia', demand: NX, stance: 'supports', quote: 'accept nothing less than' }],
    ));
});
