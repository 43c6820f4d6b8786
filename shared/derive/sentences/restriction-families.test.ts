/**
 * A restriction read through its everyday synonyms (restriction-families.ts): an analyst who wrote
 * "extend" for a demand has said "prolong" and "renew" state it too, one who wrote "remove" that "take
 * off" and "scrap" do, one who wrote "withdraw" that "pull out" does. A made-up river dispute, with an
 * ontology and sentences written for these tests; traps keep the synonyms to the demand's own subjects
 * and to the families of the restrictions written.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { withRestrictionFamilies } from '../restriction-families';
import { BORDER_ROLES, borderCues, NORLAND, VESTA } from '../test-support/border-parties';
import { readerFor } from '../test-support/reading';

const river: Ontology = {
  version: 2,
  parties: [NORLAND, VESTA],
  demands: [
    {
      id: 'accord-extension',
      title: 'The water accord extended',
      description: 'The water-sharing accord is kept in force beyond its expiry.',
      proposedBy: ['norland'],
      addressedTo: ['vesta'],
      phrases: ['extend the water accord'],
      frame: { subjects: [], weakSubjects: ['water accord'], restrictions: ['extend'], opposites: [] },
    },
    {
      id: 'toll-removal',
      title: 'River tolls removed',
      description: 'Norland removes the tolls it levies on Vestan barges.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['remove the river tolls'],
      frame: { subjects: [], weakSubjects: ['river tolls'], restrictions: ['remove'], opposites: [] },
    },
    {
      id: 'patrol-withdrawal',
      title: 'Norlandic patrol boats withdrawn from the estuary',
      description: 'Norland withdraws its patrol boats from the shared estuary.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['withdraw the patrol boats'],
      frame: { subjects: [], weakSubjects: ['patrol boats'], restrictions: ['withdraw'], opposites: [] },
    },
    {
      id: 'dam-halt',
      title: 'Work on the upstream dam halted',
      description: 'Norland stops building its upstream dam.',
      proposedBy: ['vesta'],
      addressedTo: ['norland'],
      phrases: ['stop the dam works'],
      frame: { subjects: [], weakSubjects: ['dam works'], restrictions: ['suspend'], opposites: [] },
    },
  ],
  cues: borderCues('agree to'),
  roles: BORDER_ROLES,
};

const read = readerFor(river);

describe('a restriction read through the synonyms of the one written', () => {
  it('"prolong" and "renew" state a demand written with "extend"', () => {
    read('prolong before the subject', 'Norland wants to prolong the water accord for another five years.', [
      { party: 'norland', demand: 'accord-extension', stance: 'supports', quote: 'prolong the water accord' },
    ]);
    read(
      'renewed as a passive after the subject',
      'Oslar insists that the water accord must be renewed in the spring.',
      [
        {
          party: 'norland',
          demand: 'accord-extension',
          stance: 'supports',
          quote: 'water accord must be renewed',
        },
      ],
    );
  });

  it('"take off" and "scrap" state a demand written with "remove"', () => {
    read('take off', 'Kerrin demands that Oslar take off the river tolls before the harvest.', [
      { party: 'vesta', demand: 'toll-removal', stance: 'supports', quote: 'take off the river tolls' },
    ]);
    read('scrap refused', 'Norland refused to scrap the river tolls.', [
      { party: 'norland', demand: 'toll-removal', stance: 'rejects', quote: 'scrap the river tolls' },
    ]);
  });

  it('"pull out" states a demand written with "withdraw"', () => {
    read('pull out, refused', 'Norland refused to pull its patrol boats out of the estuary.', [
      {
        party: 'norland',
        demand: 'patrol-withdrawal',
        stance: 'rejects',
        quote: 'pull its patrol boats out',
      },
    ]);
  });

  it('"call off" states a demand written with "suspend"', () => {
    read('call off', 'Vesta urged Norland to call off the dam works.', [
      { party: 'vesta', demand: 'dam-halt', stance: 'supports', quote: 'call off the dam works' },
    ]);
  });

  it('traps: a synonym with no subject of the demand, or of another act, reads nothing', () => {
    read(
      'prolong with another object',
      'Norland wants to prolong the talks on fishing.',
      [],
      [['norland', 'accord-extension']],
    );
    read(
      'pull out of the accord is no withdrawal of boats',
      'Norland threatened to pull out of the water accord.',
      [],
      [['norland', 'patrol-withdrawal']],
    );
    read(
      'a reduction is no family of "extend"',
      'Vesta wants to reduce the water accord to a single page.',
      [],
      [['vesta', 'accord-extension']],
    );
    read(
      'take off of aircraft',
      'Norlandic aircraft take off from the river bank every morning.',
      [],
      [['norland', 'toll-removal']],
    );
  });
});

describe('withRestrictionFamilies', () => {
  const lemma = (w: string) => w.replace(/ing$/, '');
  it("adds the other members of a written restriction's family, before the subject and as passives", () => {
    const f = withRestrictionFamilies({ subjects: ['deal'], restrictions: ['extend'], opposites: [] }, lemma);
    expect(f.restrictions).toEqual(expect.arrayContaining(['prolong', 'renew', 'renewal of', 'roll over']));
    expect(f.restrictionsAfter).toEqual(expect.arrayContaining(['be prolong', 'be renew']));
  });
  it('reads a family only from the restrictions given as its triggers', () => {
    const frame = { subjects: ['ties'], restrictions: ['sever', 'reduce'], opposites: [] };
    expect(withRestrictionFamilies(frame, lemma, ['sever'])).toBe(frame);
  });
  it('leaves out a member the frame names as a subject or an opposite', () => {
    const f = withRestrictionFamilies(
      { subjects: ['tolls'], restrictions: ['lifting'], opposites: ['scrap'] },
      lemma,
    );
    expect(f.restrictions).toContain('remove');
    expect(f.restrictions).not.toContain('scrap');
  });
});
