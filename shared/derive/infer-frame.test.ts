/**
 * Frames read off the phrases of demands written without one (infer-frame.ts), with wink-nlp's real
 * tagger: which words become restrictions and subjects, the traps left out, and how a whole derivation
 * reads sentences with such a phrases-only ontology. The negotiation (a harbour dispute between two
 * made-up states) and every sentence are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Demand, Ontology } from '../model/ontology';
import { inferFrames, withPhraseReadings } from './infer-frame';
import { winkTagger } from './segment';
import { checkReading, type ReadingCase } from './test-support/reading';
import { seedOntology } from './test-support/seed-corpus';

const english = seedOntology();

function demand(id: string, phrases: string[], proposedBy: string[], addressedTo: string[]): Demand {
  return { id, title: id, description: '', phrases, proposedBy, addressedTo };
}

const harbour: Ontology = {
  version: 2,
  parties: [
    {
      id: 'osterland',
      name: 'Republic of Osterland',
      aliases: ['Osterland', 'Kelmar'],
      adjectives: ['Osterlandic'],
      officials: [
        { name: 'Runa Vell', aliases: ['Vell'], role: 'Foreign Minister', from: '2020-01-01', to: null },
      ],
    },
    {
      id: 'league',
      name: 'Vessen League',
      aliases: ['Vessen League', 'the League', 'Dorrow'],
      adjectives: ['Vessen'],
      officials: [
        { name: 'Edo Marsh', aliases: ['Marsh'], role: 'Trade Envoy', from: '2020-01-01', to: null },
      ],
    },
  ],
  demands: [
    demand(
      'fee-removal',
      [
        'scrap the harbour fees',
        'abolish the harbour fees',
        'removal of the harbour fees',
        'roll back the Vessen tolls',
        'harbour fee relief',
      ],
      ['osterland'],
      ['league'],
    ),
    demand(
      'pact-extension',
      ['extend the ferry pact', 'renew the ferry pact', 'extension of the ferry pact', 'stay in the deal'],
      ['league'],
      ['osterland'],
    ),
    demand(
      'transit-rules',
      [
        'honour the transit rules',
        'respect the transit rules',
        'uphold the transit rules',
        'drop the blockade bill',
      ],
      ['league'],
      ['osterland'],
    ),
    demand('no-new-berths', ['admit no new warships', 'take the berths off'], ['osterland'], ['league']),
  ],
  cues: english.cues,
  roles: english.roles,
};

describe('inferFrames', () => {
  const frames = inferFrames(harbour.demands, harbour.parties, winkTagger());

  it('reads a verb or a noun of action and the head of what it governs', () => {
    const fees = frames.get('fee-removal')!;
    expect(fees.frame.restrictions).toEqual(
      expect.arrayContaining(['scrap', 'abolish', 'removal', 'roll back']),
    );
    expect(fees.frame.weakSubjects).toEqual(expect.arrayContaining(['fees', 'harbour fees', 'tolls']));
    // "harbour fee relief" opens with no verb: it stays a phrase.
    expect(fees.from).not.toContain('harbour fee relief');
    // A party's adjective is no part of a subject: "the Vessen tolls" gives "tolls".
    expect(fees.frame.weakSubjects).not.toContain('Vessen tolls');
  });

  it('counts a subject only with a restriction', () => {
    const pact = frames.get('pact-extension')!;
    expect(pact.frame.subjects).toEqual([]);
    expect(pact.frame.weakSubjects).toEqual(expect.arrayContaining(['pact', 'ferry pact']));
    // "stay in the deal": no object, and "deal" names every demand of a negotiation.
    expect(pact.from).not.toContain('stay in the deal');
  });

  it('keeps the more numerous kind when a demand both keeps and takes away', () => {
    const rules = frames.get('transit-rules')!;
    expect(rules.frame.restrictions).toEqual(['honour', 'respect', 'uphold']);
    // "drop the blockade bill" would pair into "honour the blockade bill": it stays a phrase.
    expect(rules.frame.weakSubjects).not.toContain('blockade bill');
  });

  it('keeps a negation with its verb and leaves light verbs out', () => {
    const berths = frames.get('no-new-berths')!;
    expect(berths.frame.restrictions).toEqual(['admit no']);
    expect(berths.frame.weakSubjects).toEqual(['new warships']);
  });

  it('reads the phrases of a demand with a frame of its own too', () => {
    const written: Demand = {
      ...demand('x', ['scrap the fees'], [], []),
      frame: { subjects: ['fees'], restrictions: ['scrap'], opposites: [] },
    };
    expect(inferFrames([written], [], winkTagger()).get('x')?.frame.restrictions).toEqual(['scrap']);
  });

  it('leaves amounts out of the subjects, and keeps a place its whole name', () => {
    const read = inferFrames(
      [
        demand('buy', ['buy more', 'buy more soybeans'], [], []),
        demand('out', ['leave Eastern Europe', 'quit Eastern Europe'], [], []),
      ],
      // "Europe" is a word of a party's name here, as in the shipped ontology.
      [{ id: 'coe', name: 'Council of Europe', aliases: [], officials: [] }],
      winkTagger(),
    );
    expect(read.get('buy')?.frame.weakSubjects).not.toContain('more');
    expect(read.get('buy')?.frame.weakSubjects).toEqual(expect.arrayContaining(['more soybeans']));
    expect(read.get('out')?.frame.weakSubjects).toEqual(expect.arrayContaining(['Eastern Europe']));
    expect(read.get('out')?.frame.weakSubjects).not.toContain('Eastern');
  });
});

describe('withPhraseReadings', () => {
  const written = {
    subjects: ['fees'],
    weakSubjects: ['tolls'],
    restrictions: ['scrap', 'abolish'],
    opposites: ['keep the fees'],
  };

  it('adds the restrictions and subjects the phrases read, as weak subjects, once', () => {
    const merged = withPhraseReadings(written, {
      subjects: [],
      weakSubjects: ['Fees', 'harbour dues'],
      restrictions: ['Scrap', 'waive'],
      opposites: [],
    });
    expect(merged.restrictions).toEqual(['scrap', 'abolish', 'waive']);
    expect(merged.weakSubjects).toEqual(['tolls', 'harbour dues']);
    expect(merged.subjects).toEqual(['fees']);
    expect(merged.opposites).toEqual(['keep the fees']);
  });

  it('gives the written frame back when the phrases add nothing', () => {
    const same = withPhraseReadings(written, {
      subjects: [],
      weakSubjects: ['fees'],
      restrictions: ['abolish'],
      opposites: [],
    });
    expect(same).toBe(written);
  });
});

const cases: ReadingCase[] = [
  {
    name: 'the restriction after its subject, in the passive',
    text: 'Kelmar insists that the harbour fees must be scrapped before any trade talks.',
    expect: [{ party: 'osterland', demand: 'fee-removal', stance: 'supports', quote: 'must be scrapped' }],
  },
  {
    name: 'another inflection, with words between the restriction and its subject',
    text: 'The League refused to consider scrapping the remaining harbour fees, Marsh said.',
    expect: [{ party: 'league', demand: 'fee-removal', stance: 'rejects', quote: 'scrapping the remaining' }],
  },
  {
    name: 'a noun of action',
    text: 'Osterland again called for the full removal of all harbour fees on Tuesday.',
    expect: [
      { party: 'osterland', demand: 'fee-removal', stance: 'supports', quote: 'removal of all harbour fees' },
    ],
  },
  {
    name: 'trap: a subject named alone, with a restriction the phrases never used ("call to axe the harbour fees"), is no reading',
    text: 'The League rejected the call to axe the harbour fees.\n\nMarsh said the League still backs the harbour fees.',
    expect: [],
    none: [['league', 'fee-removal']],
  },
  {
    name: 'trap: the subject of a demand that keeps, named alone, is not its opposite',
    text: 'Vell said Osterland valued the ferry pact.',
    expect: [],
    none: [['osterland', 'pact-extension']],
  },
  {
    name: 'a demand that keeps, stated with its own verb in another form',
    text: 'Dorrow wants the ferry pact renewed for another five years, its envoy said.',
    expect: [{ party: 'league', demand: 'pact-extension', stance: 'supports', quote: 'ferry pact renewed' }],
  },
];

describe('a phrases-only ontology, read with the frames inferred from it', () => {
  for (const c of cases) it(c.name, () => checkReading(c, harbour));
});
