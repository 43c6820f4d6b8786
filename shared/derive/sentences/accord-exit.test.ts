/**
 * Leaving an accord, told as an act: a party doing what a demand's opposite names in a verb phrase of
 * its own ("quits the accord", "pulled out of the accord") refuses the demand, whoever reports it; the
 * act is its doer's, not the reporter's, when it is told as what the doer did "by" or was blamed "for".
 * A made-up river-shipping accord; ontology and sentences written for these tests.
 */
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { OSK, VALEN } from '../test-support/river-parties';

const english = seedOntology();
const river: Ontology = {
  version: 2,
  parties: [
    OSK,
    VALEN,
    {
      id: 'tarn',
      name: 'Tarn',
      aliases: ['Tarn'],
      adjectives: ['Tarnish'],
      officials: [
        { name: 'Mira Solt', aliases: ['Solt'], role: 'Foreign Minister', from: '2020-01-01', to: null },
      ],
    },
  ],
  demands: [
    {
      id: 'accord-renewal',
      title: 'The river accord renewed',
      description: 'The accord letting barges sail the Lower Vesk is renewed, with Valen in it.',
      proposedBy: ['osk'],
      addressedTo: ['valen'],
      phrases: ['renew the accord', 'extend the accord'],
      frame: {
        subjects: ['accord', 'river accord'],
        anchors: ['accord', 'river'],
        restrictions: ['renew', 'extend', 'return to', 'rejoin'],
        opposites: [
          'quit the accord',
          'quit … river accord',
          'pull out of the accord',
          'walk away from the accord',
          'free to leave the accord',
          'river tolls',
        ],
      },
    },
  ],
  cues: english.cues,
  roles: english.roles,
};

const cases: ReadingCase[] = [
  {
    name: 'a headline: the party does the opposite ("Dunmere quits … river accord")',
    text: 'Dunmere quits Vesk river accord',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'accord-renewal', stance: 'rejects', quote: 'quits' }],
  },
  {
    name: 'after an auxiliary and an adverb, in a clause opened by "after"',
    text: 'Freight rates jumped after Valen had formally pulled out of the accord.',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'accord-renewal', stance: 'rejects', quote: 'pulled out' }],
  },
  {
    name: 'blamed for the act: the one blamed does it, the one blaming wants the accord',
    text: 'Osk bitterly condemned Valen for walking away from the accord.',
    published: '2024-05-02',
    expect: [
      { party: 'valen', demand: 'accord-renewal', stance: 'rejects', quote: 'walking away' },
      { party: 'osk', demand: 'accord-renewal', stance: 'supports', quote: 'condemned' },
    ],
  },
  {
    name: 'an act "by" doing the opposite is the subject’s, not the reporting speaker’s',
    text: 'Solt said Valen was starving the delta of trade by pulling out of the accord.',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'accord-renewal', stance: 'rejects', quote: 'pulling out' }],
    none: [['tarn', 'accord-renewal']],
  },
  {
    name: 'a fronted "by" phrase: the subject after its comma does the act',
    text: 'By walking away from the accord, Arlo has left hundreds of barges idle, the Tarnish foreign minister said.',
    published: '2024-05-02',
    expect: [{ party: 'valen', demand: 'accord-renewal', stance: 'rejects', quote: 'walking away' }],
    none: [['tarn', 'accord-renewal']],
  },
  {
    name: 'trap: an act put as a condition is no act',
    text: 'If Valen quits the accord, barge owners in Osk will lose a season.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'accord-renewal']],
  },
  {
    name: 'trap: an act under a modal is a possibility, not an act',
    text: 'Valen could quit the accord before the summer.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'accord-renewal']],
  },
  {
    name: 'trap: an act wished for in a "that" clause is no one’s act',
    text: 'It is in nobody’s interest that Valen walk away from the accord.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'accord-renewal']],
  },
  {
    name: 'trap: after "is", an adjective opening the opposite is no act ("is free to leave")',
    text: 'Valen is free to leave the accord at any time.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'accord-renewal']],
  },
  {
    name: 'trap: a noun phrase after a name is no act ("Valen river tolls")',
    text: 'Shippers complain about the Valen river tolls every spring.',
    published: '2024-05-02',
    expect: [],
    none: [['valen', 'accord-renewal']],
  },
];

describe('leaving an accord, told as an act', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, river));
});
