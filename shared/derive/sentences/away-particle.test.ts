/**
 * "clear away the obstacles": "away" right after a demand's restriction verb adds nothing to it, so the
 * verb still restricts the subject after it (without it, "wants … the obstacles" read the obstacles as
 * wanted). Only after a restriction: "go away" and "move away" restrict nothing. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');

describe('"away" after a restriction verb', () => {
  it('"wants to clear away the obstacles" asks for their removal', () =>
    checkReading(
      {
        name: 'clear away',
        text: 'The UN wants to clear away the obstacles that hold back Russian food and fertilizer exports.',
        published: '2022-10-30',
        expect: [{ party: 'un', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'wants' }],
      },
      grain,
    ));
  it('trap: obstacles that "would not go away", told by a party, state nothing it wants', () =>
    checkReading(
      {
        name: 'go away',
        text: 'Kyiv said the obstacles to Russian fertilizer exports would not go away soon.',
        published: '2022-10-30',
        expect: [],
        none: [['ukraine', 'export-restrictions-lifted']],
      },
      grain,
    ));
});
