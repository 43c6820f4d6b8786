/**
 * A demand phrase read in the other forms news copy gives it (phrase-variants.ts): the other spelling
 * ("cease-fire", "programme"), a synonym of its word of degree ("lasting" for "permanent", "complete"
 * for "full"), a noun of action with its "of" object made a compound ("the prisoner swap" from
 * "swap of prisoners"), and the phrase without its article ("free detainees"). A made-up border dispute with its own ontology; traps keep a bare "truce" (a
 * short pause) and the words of degree alone from reading the demand.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { phraseVariants } from '../phrase-variants';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const border: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'lasting-ceasefire',
      title: 'A permanent ceasefire on the border',
      description: 'The border war ends for good; a short pause is not this demand.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['permanent ceasefire', 'full cease-fire'],
    },
    {
      id: 'prisoner-swap',
      title: 'A swap of prisoners',
      description: 'Both sides hand over the prisoners they hold.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['swap of prisoners', 'free the detainees'],
    },
    {
      id: 'reactor-halt',
      title: 'The reactor programme halted',
      description: 'Vesta halts its reactor programme.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['halt the reactor programme'],
    },
  ],
  cues: borderCues(),
  roles: BORDER_ROLES,
};

const read = readerFor(border);

describe('a demand phrase read in its other forms', () => {
  it('the other spelling', () => {
    read('cease-fire for ceasefire', 'Kerrin wants a permanent cease-fire on the border.', [
      { party: 'vesta', demand: 'lasting-ceasefire', stance: 'supports', quote: 'permanent cease-fire' },
    ]);
    read('program for programme', 'Oslar urged Vesta to halt the reactor program.', [
      { party: 'norland', demand: 'reactor-halt', stance: 'supports', quote: 'halt the reactor program' },
    ]);
  });

  it('a synonym of the word of degree or duration, and truce for ceasefire', () => {
    read('lasting for permanent', 'Norland refused a lasting ceasefire.', [
      { party: 'norland', demand: 'lasting-ceasefire', stance: 'rejects', quote: 'lasting ceasefire' },
    ]);
    read('complete truce for full cease-fire', 'Vesta insists on a complete truce.', [
      { party: 'vesta', demand: 'lasting-ceasefire', stance: 'supports', quote: 'complete truce' },
    ]);
  });

  it('a noun of action with its object made a compound', () => {
    read('prisoner swap', 'Norland wants a prisoner swap before winter.', [
      { party: 'norland', demand: 'prisoner-swap', stance: 'supports', quote: 'prisoner swap' },
    ]);
  });

  it('the phrase without its article', () => {
    read('free detainees', 'Oslar urged Kerrin to free detainees held since the spring.', [
      { party: 'norland', demand: 'prisoner-swap', stance: 'supports', quote: 'free detainees' },
    ]);
  });

  it('traps: a bare truce, a word of degree alone', () => {
    read(
      'a bare truce is no permanent ceasefire',
      'Norland wants a truce for the holiday.',
      [],
      [['norland', 'lasting-ceasefire']],
    );
    read(
      'lasting alone',
      'Vesta wants a lasting solution to the water quarrel.',
      [],
      [['vesta', 'lasting-ceasefire']],
    );
  });
});

describe('phraseVariants', () => {
  it('spells, swaps degree words and turns "of" objects into compounds (and a noun of action into its verb, act-forms.test.ts)', () => {
    expect(phraseVariants('permanent ceasefire')).toEqual(
      expect.arrayContaining(['permanent cease-fire', 'lasting ceasefire', 'durable truce']),
    );
    expect(phraseVariants('release of all hostages')).toEqual(['hostages release', 'release all hostages']);
    expect(phraseVariants('recognise Kosovo')).toEqual(['recognize Kosovo']);
  });
  it('leaves a bare noun, a long object and a gap alone (a gap kept only in the verb form of the act, act-forms.test.ts)', () => {
    expect(phraseVariants('ceasefire')).toEqual(['cease-fire']);
    expect(phraseVariants('normalization of relations with the United States')).toEqual([
      'normalisation of relations with the United States',
    ]);
    expect(phraseVariants('release of … prisoners')).toEqual(['release … prisoners']);
    expect(phraseVariants('bring down the violence')).toContain('bring down violence');
    // An article before a name stays: "Rafah crossing" alone is no phrase of the writer's.
    expect(phraseVariants('withdraw from the Rafah crossing')).toEqual([]);
  });
});
