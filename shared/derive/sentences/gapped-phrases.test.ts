/**
 * A thin ontology's phrasings read in other forms (infer-frame.ts): a phrase with a gap after its
 * verb ("suspend … ferry levies") and a phrase in the passive ("the harbour tolls be scrapped"). A
 * user writing a few phrasings for a new negotiation writes such phrases; the derivation should read their verb
 * and noun in any order and inflection, as it does for phrases without a gap. The negotiation (two
 * made-up states and a river port) and every sentence are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { inferFrames } from '../infer-frame';
import { winkTagger } from '../segment';
import { readerFor } from '../test-support/reading';
import { seedOntology } from '../test-support/seed-corpus';

const english = seedOntology();

const river: Ontology = {
  version: 2,
  parties: [
    {
      id: 'varna',
      name: 'Republic of Varna',
      aliases: ['Varna', 'Eskel'],
      adjectives: ['Varnese'],
      officials: [
        { name: 'Oda Linn', aliases: ['Linn'], role: 'Trade Minister', from: '2020-01-01', to: null },
      ],
    },
    {
      id: 'morrow',
      name: 'Morrow Federation',
      aliases: ['Morrow', 'the Federation', 'Tavik'],
      adjectives: ['Morrowan'],
      officials: [
        { name: 'Ivo Brandt', aliases: ['Brandt'], role: 'Transport Envoy', from: '2020-01-01', to: null },
      ],
    },
  ],
  demands: [
    {
      id: 'levy-suspension',
      title: 'Suspension of the ferry levies',
      description: 'Morrow suspends the levies it charges Varnese ferries.',
      proposedBy: ['varna'],
      addressedTo: ['morrow'],
      phrases: ['suspend … ferry levies', 'levy holiday', 'harbour tolls be scrapped'],
    },
    {
      id: 'pilot-guarantee',
      title: 'Guarantee of river pilots',
      description: 'Varna guarantees pilots for Morrowan barges.',
      proposedBy: ['morrow'],
      addressedTo: ['varna'],
      phrases: ['pilot guarantee', 'guarantee … will not withdraw'],
    },
    {
      id: 'claims-waiver',
      title: 'Waiver of the river claims',
      description: 'Morrow waives its claims to the lower river.',
      proposedBy: ['varna'],
      addressedTo: ['morrow'],
      phrases: ['claims waiver', 'give up … river claims'],
    },
  ],
  cues: english.cues,
  roles: english.roles,
};

describe('frames read off gapped and passive phrases', () => {
  const frames = inferFrames(river.demands, river.parties, winkTagger());

  it('reads the verb before a gap and the noun after it, and a passive phrase', () => {
    const levies = frames.get('levy-suspension')!;
    expect(levies.frame.restrictions).toEqual(expect.arrayContaining(['suspend', 'scrap']));
    expect(levies.frame.weakSubjects).toEqual(expect.arrayContaining(['levies', 'ferry levies', 'tolls']));
  });

  it('trap: a gap before a clause ("guarantee … will not withdraw") gives no subject', () => {
    expect(frames.get('pilot-guarantee')).toBeUndefined();
  });

  it('trap: a light verb with its particle before a gap ("give up … river claims") stays a phrase', () => {
    expect(frames.get('claims-waiver')).toBeUndefined();
  });
});

const read = readerFor(river, '2023-04-01');

describe('a thin ontology read in other forms', () => {
  it("a gapped phrase's verb and noun in another order", () =>
    read(
      "a gapped phrase's verb and noun in another order",
      'Varna insists that the ferry levies be suspended before the spring sailings.',
      [{ party: 'varna', demand: 'levy-suspension', stance: 'supports', quote: 'ferry levies be suspended' }],
    ));
  it("a gapped phrase's noun of action", () =>
    read('noun of action', 'Linn called for an immediate suspension of all ferry levies.', [
      {
        party: 'varna',
        demand: 'levy-suspension',
        stance: 'supports',
        quote: 'suspension of all ferry levies',
      },
    ]));
  it("a passive phrase's verb before its noun", () =>
    read('passive', 'Tavik refused to scrap the harbour tolls, Brandt said.', [
      { party: 'morrow', demand: 'levy-suspension', stance: 'rejects', quote: 'scrap the harbour tolls' },
    ]));
  it('trap: the noun alone, with no verb of the demand, reads nothing', () =>
    read(
      'trap: the noun alone, with no verb of the demand, reads nothing',
      'Brandt said the ferry levies and the harbour tolls would be discussed in May.',
      [],
      [
        ['morrow', 'levy-suspension'],
        ['varna', 'levy-suspension'],
      ],
    ));
  it('trap: the gapped verb on another noun reads nothing', () =>
    read(
      'trap: the gapped verb on another noun reads nothing',
      'Varna wants Morrow to suspend the night sailings.',
      [],
      [['varna', 'levy-suspension']],
    ));
});
