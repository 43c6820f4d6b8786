/**
 * A plain ontology names a demand by one head noun; copy names it by another of the same sense
 * (phrase-variants.ts, HEAD_NOUN_SETS): "border guarantees" are also "border pledges" and "border
 * assurances", "structural reform" a "structural change", "Vesta's accession" its "membership", and
 * "new elections" "fresh elections". The nouns are swapped only after the phrase's first word, where they
 * are nouns: "reform the courts" is a verb phrase and stays as written. Traps: the swapped nouns alone,
 * or in a phrase no demand names ("a change of government", "pledged money", "fresh talks"), read nothing.
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
      id: 'border-guarantees',
      title: 'Guarantees for the border',
      description: 'Norland promises in writing not to cross the border again.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['border guarantees'],
    },
    {
      id: 'structural-reform',
      title: 'Structural reform of the Vestan economy',
      description: 'Vesta opens its state monopolies to Norlandic firms.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['structural reform'],
    },
    {
      id: 'league-accession',
      title: 'Vesta joins the River League',
      description: 'Vesta becomes a member of the River League.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ["Vesta's accession"],
    },
    {
      id: 'new-elections',
      title: 'New elections in the border towns',
      description: 'The border towns vote again.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['new elections'],
    },
  ],
  cues: borderCues(),
  roles: BORDER_ROLES,
};

const read = readerFor(border);

describe('a demand named by another head noun of the same sense', () => {
  it('pledges and assurances for guarantees', () => {
    read('border pledges', 'Kerrin wants border pledges from Oslar before the talks resume.', [
      { party: 'vesta', demand: 'border-guarantees', stance: 'supports', quote: 'border pledges' },
    ]);
    read('border assurances', 'Norland refused the border assurances that Vesta asked for.', [
      { party: 'norland', demand: 'border-guarantees', stance: 'rejects', quote: 'border assurances' },
    ]);
  });

  it('structural changes for structural reform', () => {
    read('structural changes', 'Oslar urged Vesta to make structural changes to its economy.', [
      { party: 'norland', demand: 'structural-reform', stance: 'supports', quote: 'structural changes' },
    ]);
  });

  it('membership for accession after a possessive', () => {
    read("Vesta's membership", "Norland will oppose Vesta's membership of the River League.", [
      { party: 'norland', demand: 'league-accession', stance: 'rejects', quote: "Vesta's membership" },
    ]);
  });

  it('fresh elections for new elections', () => {
    read('fresh elections', 'Norland demands fresh elections in the border towns.', [
      { party: 'norland', demand: 'new-elections', stance: 'supports', quote: 'fresh elections' },
    ]);
  });

  it('traps: the nouns alone or in a phrase no demand names', () => {
    read(
      'a change of government',
      'Norland wants a change of government in Vesta.',
      [],
      [['norland', 'structural-reform']],
    );
    read(
      'pledged money',
      'Oslar pledged money for the flood victims and wants more pledges from others.',
      [],
      [['norland', 'border-guarantees']],
    );
    read('fresh talks', 'Kerrin wants fresh talks on the water quarrel.', [], [['vesta', 'new-elections']]);
    read(
      'membership of another',
      "Vesta wants Norland's membership of the League reviewed.",
      [],
      [['vesta', 'league-accession']],
    );
  });
});

describe('phraseVariants: head nouns', () => {
  it('swaps the head noun after the first word only', () => {
    expect(phraseVariants('counterterrorism guarantees')).toEqual(
      expect.arrayContaining(['counterterrorism pledges', 'counterterrorism assurances']),
    );
    expect(phraseVariants('structural reform')).toContain('structural change');
    expect(phraseVariants('reform the courts')).not.toContain('change the courts');
    expect(phraseVariants('guarantee the border')).not.toContain('pledge the border');
  });
});
