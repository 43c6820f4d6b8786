/**
 * Three everyday ways coverage turns a demand an analyst wrote into a noun group of another shape:
 * - a gerund the analyst wrote as a restriction, used as a noun with "of" ("a lowering of the shelling",
 *   written "lowering"; compile-ontology.ts);
 * - a compound of two nouns with its first noun as the "of" object of its head ("a treaty of peace",
 *   written "peace treaty"; phrase-variants.ts);
 * - a demonstrative for the phrase's "the", also in the other forms of its verb ("end this border war",
 *   "bring this border war to an end", written "end the border war").
 * A made-up border dispute with its own ontology; traps keep the gerund to the demand's own subjects,
 * an adjective out of the "of" form, and a demonstrative before another noun out of the demand.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { demonstrativeVariants, phraseVariants } from '../phrase-variants';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const border: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'shelling-down',
      title: 'Less shelling across the border',
      description: 'Norland reduces its shelling of Vestan border towns.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['reduce the shelling'],
      frame: {
        subjects: ['shelling'],
        restrictions: ['reduce', 'lowering'],
        opposites: [],
      },
    },
    {
      id: 'peace-treaty',
      title: 'A peace treaty ending the border war',
      description: 'Norland and Vesta sign a peace treaty and end the border war.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['peace treaty', 'end the border war'],
    },
    {
      id: 'own-choice',
      title: 'Each side makes its own alliances',
      description: 'Vesta may join whatever alliance it likes.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['sovereign choices'],
    },
  ],
  cues: borderCues(),
  roles: BORDER_ROLES,
};

const read = readerFor(border);

describe('a demand in another noun form', () => {
  it('a gerund written as a restriction, as a noun with "of"', () => {
    read('lowering of', 'Kerrin called for a lowering of the shelling before the talks.', [
      { party: 'vesta', demand: 'shelling-down', stance: 'supports', quote: 'lowering of the shelling' },
    ]);
    read('rejects a lowering of', 'Oslar rejected any lowering of the shelling.', [
      { party: 'norland', demand: 'shelling-down', stance: 'rejects', quote: 'lowering of the shelling' },
    ]);
  });

  it('a compound of two nouns as its head "of" the first', () => {
    read('treaty of peace', 'Norland wants a formal treaty of peace with Vesta.', [
      { party: 'norland', demand: 'peace-treaty', stance: 'supports', quote: 'treaty of peace' },
    ]);
  });

  it('a demonstrative for "the", in the verb written and in its other forms', () => {
    read('end this', 'Oslar urged Kerrin to end this border war.', [
      { party: 'norland', demand: 'peace-treaty', stance: 'supports', quote: 'end this border war' },
    ]);
    read('bring this … to an end', 'Norland wants to bring this border war to an end.', [
      {
        party: 'norland',
        demand: 'peace-treaty',
        stance: 'supports',
        quote: 'bring this border war to an end',
      },
    ]);
  });

  it('traps: another "of" object, an adjective, a demonstrative before another noun', () => {
    read(
      'a lowering of something else',
      'Vesta called for a lowering of the tolls on barges.',
      [],
      [['vesta', 'shelling-down']],
    );
    read(
      'a treaty of another kind',
      'Norland wants a treaty of friendship with the islands.',
      [],
      [['norland', 'peace-treaty']],
    );
    read(
      'an adjective first makes no "of" form',
      'Vesta said Norland had no say in the choices of sovereign states.',
      [],
      [['vesta', 'own-choice']],
    );
    read(
      'this season is no war',
      'Norland wants to end this fishing season early.',
      [],
      [['norland', 'peace-treaty']],
    );
  });
});

describe('phraseVariants: "of" forms and demonstratives', () => {
  it('turns a compound of two nouns, and swaps "the" for a demonstrative', () => {
    expect(phraseVariants('peace treaty')).toContain('treaty of peace');
    expect(phraseVariants('security guarantees')).toContain('guarantees of security');
    expect(phraseVariants('end the border war')).toEqual(
      expect.arrayContaining(['end this border war', 'end these border war']),
    );
    expect(demonstrativeVariants('bring the war to an end')).toEqual([
      'bring this war to an end',
      'bring these war to an end',
    ]);
  });
  it('leaves an adjective first, a head of another kind and a name alone', () => {
    expect(phraseVariants('sovereign choices')).not.toContain('choices of sovereign');
    expect(phraseVariants('permanent ceasefire')).not.toContain('ceasefire of permanent');
    expect(phraseVariants('war games')).not.toContain('games of war');
    expect(demonstrativeVariants('withdraw from the Rafah crossing')).toEqual([]);
  });
});
