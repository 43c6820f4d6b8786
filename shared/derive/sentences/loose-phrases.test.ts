/**
 * A demand phrase with a determiner read with other describing words in its place (loose-phrases.ts):
 * an analyst who wrote "scrap the accord" has said "scrap the old fishing accord" too, but not "scrap
 * talks on the accord". A made-up fishing dispute, with an ontology and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { looseVariant } from '../loose-phrases';
import { seedOntology } from '../test-support/seed-corpus';
import { NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const english = seedOntology();

const fishing: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'accord-renewal',
      title: 'The fishing accord kept in force',
      description: 'The fishing accord between Norland and Vesta is renewed and kept.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['save the deal', 'accord renewal'],
      counterPhrases: ['scrap the accord'],
    },
  ],
  cues: english.cues,
  roles: english.roles ?? [],
};

const read = readerFor(fishing);

describe('a demand phrase read with other describing words for its determiner', () => {
  it('the variant keeps the verb and the noun, with a gap for the determiner', () => {
    expect(looseVariant('halt the deal')).toBe('halt … deal');
    expect(looseVariant('lift all tariffs')).toBeNull();
    expect(looseVariant('scrap … tariffs')).toBeNull();
  });
  it('an opposite with adjectives and a noun in place of "the" ("scrap the old fishing accord")', () =>
    read('opposite', 'Vesta threatened to scrap the old fishing accord.', [
      { party: 'vesta', demand: 'accord-renewal', stance: 'rejects', quote: 'scrap the old fishing accord' },
    ]));
  it('a phrase with "its" and an adjective in place of "the" ("save its ailing deal")', () =>
    read('phrase', 'Norland pledged to save its ailing fishing deal with Vesta.', [
      {
        party: 'norland',
        demand: 'accord-renewal',
        stance: 'supports',
        quote: 'save its ailing fishing deal',
      },
    ]));
  it('trap: a preposition in the gap is another construction ("scrap talks on the accord")', () =>
    read('preposition', 'Vesta threatened to scrap talks on the accord.', [], [['vesta', 'accord-renewal']]));
  it('trap: a negation in the gap ("save no deal")', () =>
    read(
      'negation',
      'Norland said it would save no fishing deal this year.',
      [],
      [['norland', 'accord-renewal']],
    ));
  it('trap: a quantifier the analyst wrote is not a determiner to drop ("remove all quotas" stays whole)', () =>
    expect(looseVariant('remove all quotas')).toBeNull());
});
