/**
 * A proposer's grievance told as what the thing it wants removed does to it: "the levies have choked
 * its barge exports" — the subject the demand would remove, with a verb of hindering, said by the party
 * that put the demand forward, is its demand. A made-up river-toll dispute; ontology and sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { OSK, VALEN } from '../test-support/river-parties';

const english = seedOntology();
const tolls: Ontology = {
  version: 2,
  parties: [OSK, VALEN],
  demands: [
    {
      id: 'toll-relief',
      title: 'River levies on Valenese cargo lifted',
      description: 'Osk lifts the levies it charges on Valenese barge cargo.',
      proposedBy: ['valen'],
      addressedTo: ['osk'],
      phrases: ['lift the levies'],
      frame: {
        subjects: ['levies', 'tolls'],
        anchors: ['cargo', 'barge', 'barges'],
        restrictions: ['lift', 'scrap', 'remove'],
        opposites: [],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles,
};

const cases: ReadingCase[] = [
  {
    name: 'the proposer says the levies hinder it: its demand',
    text: 'Dunmere insists that the levies on barge cargo have choked its river trade.',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'toll-relief', stance: 'supports', quote: 'choked' }],
  },
  {
    name: 'a verb of holding counts with its particle ("held … back"), past the subject’s modifiers',
    text: 'Arlo said the tolls charged on every barge, loaded or empty, have held Valenese cargo back for a year.',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'toll-relief', stance: 'supports', quote: 'held' }],
  },
  {
    name: 'trap: the hindering denied is no grievance',
    text: 'Arlo conceded that the levies on barge cargo had not hampered its trade much.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'toll-relief']],
  },
  {
    name: 'trap: the same words from the side that charges the levies state no demand of it',
    text: 'Osk says the levies on barge cargo have hurt nobody’s trade.',
    published: '2024-05-02',
    expect: [],
    none: [
      ['osk', 'toll-relief'],
      ['valen', 'toll-relief'],
    ],
  },
  {
    name: 'trap: a verb of holding without its particle ("held in escrow") hinders nothing',
    text: 'Arlo said the levies on barge cargo are held in escrow until the court rules.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'toll-relief']],
  },
];

describe('a grievance told as hindering', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, tolls));
});
