/**
 * A demand named "enforcement mechanism" in a plain ontology is also written an "enforcement system"
 * and a "system of enforcement" (phrase-variants.ts: "mechanism" / "system" among the head nouns of one
 * sense, and a first noun in "-ment" read as a noun, not an adjective like "permanent"). A made-up
 * river dispute, with an ontology and sentences written for these tests; traps: the head nouns alone,
 * or "enforcement" of something else, read nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { phraseVariants } from '../phrase-variants';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const river: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'toll-enforcement',
      title: 'A way to enforce the toll accord',
      description: 'Vesta may answer a Norlandic breach of the toll accord with tolls of its own.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['enforcement mechanism'],
    },
  ],
  cues: borderCues(),
  roles: BORDER_ROLES,
};

const read = readerFor(river);

describe('"mechanism" and "system" name one demand', () => {
  it('the phrase forms', () => {
    expect(phraseVariants('enforcement mechanism')).toEqual(
      expect.arrayContaining(['enforcement system', 'system of enforcement', 'mechanism of enforcement']),
    );
    expect(phraseVariants('permanent ceasefire')).not.toContain('ceasefire of permanent');
  });
  it('"an enforcement system", wanted', () =>
    read('enforcement system', 'Vesta wants an enforcement system written into the toll accord.', [
      { party: 'vesta', demand: 'toll-enforcement', stance: 'supports', quote: 'enforcement system' },
    ]));
  it('"a system of enforcement", rejected', () =>
    read('system of enforcement', 'Norland rejected any system of enforcement for the toll accord.', [
      { party: 'norland', demand: 'toll-enforcement', stance: 'rejects', quote: 'system of enforcement' },
    ]));
  it('traps: "enforcement" of something else, or a system of another kind, reads nothing', () => {
    read(
      'enforcement of fishing rules',
      'Norland wants stricter enforcement of the fishing rules on the river.',
      [],
      [['norland', 'toll-enforcement']],
    );
    read(
      'a computer system',
      'Vesta wants a new computer system at the toll booths.',
      [],
      [['vesta', 'toll-enforcement']],
    );
  });
});
