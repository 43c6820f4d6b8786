/**
 * A demand phrase read with its act named the other way (phrase-variants.ts): the verb for its noun of
 * action and back ("withdraw the border troops" ↔ "the withdrawal of the border troops", "release of
 * the detainees" ↔ "release the detainees", "lifting of … levies" ↔ "lift … levies"), "forces" and
 * "soldiers" for "troops", "pullout" for "withdrawal"; and a restriction after the subject written with
 * a modal ("would leave") read with any ("troops to leave"). A made-up border dispute; traps keep a
 * verb that is no act ("direct talks" is no "direction of talks") and a gapped verb of keeping from
 * reading, and a restriction after the subject from reading before it.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { afterSkipped, phraseVariants } from '../phrase-variants';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const border: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'troop-pullback',
      title: 'Norland pulls its border troops back',
      description: 'Norland takes its troops off the border valley.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['withdraw the border troops', 'full withdrawal'],
      frame: {
        subjects: ['border troops'],
        restrictions: ['pull back'],
        restrictionsAfter: ['would leave'],
        opposites: [],
      },
    },
    {
      id: 'detainee-release',
      title: 'The detainees set free',
      description: 'Norland frees the detainees it holds.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['release of the detainees'],
    },
    {
      id: 'levy-lifting',
      title: 'The grain levies lifted',
      description: 'Vesta lifts its levies on Norland grain.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['lifting of … levies'],
    },
    {
      id: 'direct-talks',
      title: 'Direct talks',
      description: 'Norland and Vesta talk face to face.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['direct talks with Vesta'],
    },
  ],
  cues: borderCues(),
  roles: BORDER_ROLES,
};

const read = readerFor(border);

describe('a demand phrase with its act named the other way', () => {
  it('the noun of action for the verb, and the verb for the noun', () => {
    read('withdrawal of for withdraw', 'Kerrin demanded the withdrawal of the border troops.', [
      {
        party: 'vesta',
        demand: 'troop-pullback',
        stance: 'supports',
        quote: 'withdrawal of the border troops',
      },
    ]);
    read('release for release of', 'Oslar refused to release the detainees.', [
      { party: 'norland', demand: 'detainee-release', stance: 'rejects', quote: 'release the detainees' },
    ]);
    read('lift … levies for lifting of … levies', 'Oslar urged Vesta to lift the grain levies.', [
      { party: 'norland', demand: 'levy-lifting', stance: 'supports', quote: 'lift the grain levies' },
    ]);
  });

  it('forces for troops, pullout for withdrawal', () => {
    read('forces for troops', 'Kerrin called on Oslar to withdraw the border forces.', [
      { party: 'vesta', demand: 'troop-pullback', stance: 'supports', quote: 'withdraw the border forces' },
    ]);
    read('total pullout for full withdrawal', 'Vesta insists on a total pullout.', [
      { party: 'vesta', demand: 'troop-pullback', stance: 'supports', quote: 'total pullout' },
    ]);
  });

  it('a restriction after the subject written with a modal, met after "to"', () => {
    read('to leave for would leave', 'Kerrin wants the border troops to leave.', [
      { party: 'vesta', demand: 'troop-pullback', stance: 'supports', quote: 'border troops to leave' },
    ]);
  });

  it('traps: a verb that is no act, a restriction after the subject read before it', () => {
    read(
      'direction of talks is no direct talks',
      'Oslar questioned the direction of talks with Vesta.',
      [],
      [['norland', 'direct-talks']],
    );
    read(
      'leave before the subject',
      'Oslar said he would leave the border troops where they are.',
      [],
      [['norland', 'troop-pullback']],
    );
  });

  it('the forms made', () => {
    expect(phraseVariants('remove all the tariffs')).toContain('removal of all the tariffs');
    expect(phraseVariants('exchange of prisoners')).toContain('exchange prisoners');
    expect(phraseVariants('lifting of … sanctions')).toContain('lift … sanctions');
    // A gapped verb of keeping reaches over objects its noun did not: not made.
    expect(phraseVariants('enforcement of … sanctions')).not.toContain('enforce … sanctions');
    expect(phraseVariants('direct talks with the government')).not.toContain(
      'direction of talks with the government',
    );
    expect(phraseVariants('return to the initiative').some((v) => / of /.test(v))).toBe(false);
    expect(afterSkipped('would leave')).toBe('leave');
    expect(afterSkipped('to be lifted')).toBe('be lifted');
    expect(afterSkipped('go home')).toBeNull();
  });
});
