/**
 * The parties of a made-up border dispute between Norland and Vesta, and the small cue lexicon the
 * sentence tests give it, shared by tests that give it different demands (action-forms, loose-phrases,
 * restriction-families, phrase-variants, opposite-variants). Tests only.
 */
import type { Ontology, Party } from '../../model/ontology';

export const NORLAND: Party = {
  id: 'norland',
  name: 'Norland',
  aliases: ['Norland', 'Oslar'],
  adjectives: ['Norlandic'],
};
export const VESTA: Party = {
  id: 'vesta',
  name: 'Vesta',
  aliases: ['Vesta', 'Kerrin'],
  adjectives: ['Vestan'],
};

/** A plain lexicon (no inherited defaults), with `moreSupports` for a test's own cue of agreeing. */
export function borderCues(...moreSupports: string[]): Ontology['cues'] {
  return {
    supports: ['want', 'wants', 'call for', 'urge', 'demand', 'insist', ...moreSupports],
    rejects: ['refuse', 'reject', 'oppose'],
    open: ['consider', 'ready to discuss'],
    unclear: [],
    negations: ['not', 'never', 'no', "n't"],
    carriers: ['demand', 'proposal'],
    references: [],
  };
}

export const BORDER_ROLES = ['foreign minister', 'spokesman'];
