/**
 * Support hoped for from a party is the hoper's wish, not that party's stance: "Kyiv is counting on
 * German support for its membership" says where Kyiv stands, and nothing about Berlin. Until now a party
 * adjective before an attitude noun ("German support", "French backing", "German leadership in
 * backing") always held it, so a minister asking another capital for help filed that capital as backing
 * the demand's opposite. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-28');

describe('support sought from a party is not its stance', () => {
  const cases: Array<[string, string]> = [
    ['counting on', "Kyiv is counting on German support for Ukraine's membership of NATO."],
    ['relying on', 'Kyiv is relying on firm French backing for its accession to NATO.'],
    [
      'pseudo-cleft with its seeker',
      "What Kyiv needs now is German support for Ukraine's membership of NATO.",
    ],
  ];
  for (const [name, text] of cases)
    it(`${name}: the seeker holds it, the adjective's party does not`, () =>
      reading(
        name,
        text,
        [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'Kyiv' }],
        [
          ['germany', 'non-expansion'],
          ['france', 'non-expansion'],
        ],
      ));

  it('a pseudo-cleft with no seeker named reads no one ("what would help … is German leadership in backing …")', () =>
    reading(
      'pseudo-cleft without a seeker',
      "What would really help Ukraine now is German leadership in backing Ukraine's accession to NATO.",
      [],
      [
        ['germany', 'non-expansion'],
        ['ukraine', 'non-expansion'],
      ],
    ));

  it('the speaker of a pseudo-cleft holds it', () =>
    reading(
      'pseudo-cleft after said',
      "Kuleba said what his country needed was British support for Ukraine's membership of NATO.",
      [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'support' }],
      [['uk', 'non-expansion']],
    ));

  it('trap: support a party gives is still its own ("Polish objections", "had Polish support")', () => {
    reading('attitude noun of a party', 'There are Polish objections to any freeze of NATO enlargement.', [
      { party: 'poland', demand: 'non-expansion', stance: 'rejects', quote: 'objections' },
    ]);
    reading('support had', 'Ukraine has long had Polish support for its membership of NATO.', [
      { party: 'poland', demand: 'non-expansion', stance: 'rejects', quote: 'support' },
    ]);
  });

  it('trap: a pseudo-cleft whose subject wants the demand keeps it ("What Moscow wants is …")', () =>
    reading(
      'pseudo-cleft wanting the demand',
      'What Moscow wants is a Western guarantee that NATO will not expand.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' }],
    ));
});
