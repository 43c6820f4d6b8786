/**
 * Readiness to let the other side check what the demand would keep away ("is willing to let the
 * Russians verify that no strike missiles are kept at the base") is an offer of that check: openness
 * on the demand, as "offered a way to verify that no missiles are …" already is. Only with a word of
 * checking between, and never for the demand's proposer. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('ready to let the other side check', () => {
  it('"is willing to let the Russians verify that no offensive missiles are kept there"', () =>
    reading(
      'willing to let … verify',
      'The base is purely defensive, and Bucharest is willing to let the Russians verify that no offensive missiles are kept there.',
      [
        {
          party: 'romania',
          demand: 'missile-deployment',
          stance: 'open',
          quote: 'Bucharest is willing to let',
        },
      ],
    ));
  it('"is ready to allow Russian inspectors to check that no strike missiles are stationed"', () =>
    reading(
      'ready to allow … check',
      'Warsaw is ready to allow Russian inspectors to check that no strike missiles are stationed at the base.',
      [{ party: 'poland', demand: 'missile-deployment', stance: 'open', quote: 'ready to allow' }],
    ));
  it('trap: readiness to let someone decide is no check offered', () =>
    reading(
      'ready to let … decide',
      'Warsaw is ready to let the allies decide whether strike missiles are stationed at the base.',
      [],
      [['poland', 'missile-deployment']],
    ));
  it('trap: not willing to let inspectors check offers nothing', () =>
    reading(
      'not willing to let',
      'Warsaw is not willing to let Russian inspectors check that no strike missiles are stationed at the base.',
      [],
      [['poland', 'missile-deployment']],
    ));
});
