import { describe, expect, it } from 'vitest';
import type { Demand, Party } from '../model/ontology';
import { cueChanges, demandChanges, demandDraft, partyChanges, partyDraft } from './drafts';

const canada: Party = {
  id: 'canada',
  name: 'Canada',
  aliases: ['Canada', 'Ottawa'],
  adjectives: ['Canadian'],
  officials: [
    { name: 'Elaine Fortier', aliases: ['Fortier'], role: 'Trade Minister', from: '2023-07-26', to: null },
  ],
};
const steel: Demand = {
  id: 'steel',
  title: 'Lift steel tariffs',
  description: '',
  phrases: ['removal of steel tariffs'],
  frame: { subjects: ['steel tariffs'], restrictions: ['lift'], opposites: [] },
};

describe('a party editor’s draft', () => {
  it('changes nothing when untouched', () => {
    expect(partyChanges(canada, partyDraft(canada))).toEqual({ changes: null, problems: [] });
  });

  it('sends only the fields that differ, lists tidied', () => {
    const draft = {
      ...partyDraft(canada),
      name: ' Canada (federal) ',
      aliases: 'Canada\nOttawa\n\n the Canadian government \nOttawa',
    };
    draft.officials = [
      ...draft.officials,
      { name: 'Paul Decaris', aliases: 'Decaris', role: 'Foreign Minister', from: '', to: '' },
    ];
    expect(partyChanges(canada, draft)).toEqual({
      changes: {
        name: 'Canada (federal)',
        aliases: ['Canada', 'Ottawa', 'the Canadian government'],
        officials: [
          { name: 'Elaine Fortier', role: 'Trade Minister', aliases: ['Fortier'], from: '2023-07-26' },
          { name: 'Paul Decaris', role: 'Foreign Minister', aliases: ['Decaris'] },
        ],
      },
      problems: [],
    });
  });

  it('names each problem: an empty name, an official without office, a date that is not one, an office ending before it starts', () => {
    const draft = { ...partyDraft(canada), name: '  ' };
    draft.officials = [
      { name: 'Paul Decaris', aliases: '', role: '', from: '2025-13-01', to: '' },
      { name: 'Rosa Ibarra', aliases: '', role: 'Envoy', from: '2025-03-01', to: '2024-01-01' },
      { name: '', aliases: '', role: '', from: '', to: '' },
    ];
    expect(partyChanges(canada, draft).problems).toEqual([
      'The name must not be empty.',
      'Official 1 (Paul Decaris): the office must not be empty.',
      'Official 1 (Paul Decaris): the start date “2025-13-01” is not a date YYYY-MM-DD.',
      'Official 2 (Rosa Ibarra): the office ends before it starts.',
    ]);
  });

  it('hides and shows', () => {
    expect(partyChanges(canada, { ...partyDraft(canada), hidden: true }).changes).toEqual({ hidden: true });
  });
});

describe('a demand editor’s draft', () => {
  it('changes nothing when untouched, and sends a changed frame whole', () => {
    expect(demandChanges(steel, demandDraft(steel))).toEqual({ changes: null, problems: [] });
    const draft = {
      ...demandDraft(steel),
      opposites: 'keep the tariffs',
      proposedBy: ['eu'],
      addressedTo: ['us'],
    };
    expect(demandChanges(steel, draft).changes).toEqual({
      frame: { subjects: ['steel tariffs'], restrictions: ['lift'], opposites: ['keep the tariffs'] },
      proposedBy: ['eu'],
      addressedTo: ['us'],
    });
  });

  it('keeps the frame lists it does not show when it sends a changed frame', () => {
    const full: typeof steel = {
      ...steel,
      frame: {
        ...steel.frame!,
        weakOpposites: ['its tariffs'],
        restrictionsAfter: ['to be lifted'],
        ellipticalSubjects: ['lift'],
        anchoredSubjects: ['rise'],
      },
    };
    const draft = { ...demandDraft(full), opposites: 'keep the tariffs' };
    expect(demandChanges(full, draft).changes).toEqual({
      frame: {
        subjects: ['steel tariffs'],
        restrictions: ['lift'],
        opposites: ['keep the tariffs'],
        weakOpposites: ['its tariffs'],
        restrictionsAfter: ['to be lifted'],
        ellipticalSubjects: ['lift'],
        anchoredSubjects: ['rise'],
      },
    });
  });

  it('clears a frame by sending empty lists', () => {
    const draft = { ...demandDraft(steel), subjects: '', restrictions: '' };
    expect(demandChanges(steel, draft).changes).toEqual({
      frame: { subjects: [], restrictions: [], opposites: [] },
    });
  });

  it('names an empty title and an over-long phrase with its field', () => {
    const draft = { ...demandDraft(steel), title: '', phrases: `ok\n${'x'.repeat(201)}` };
    expect(demandChanges(steel, draft).problems).toEqual([
      'The title must not be empty.',
      'Phrases: Line 2 is longer than 200 characters (201).',
    ]);
  });
});

describe('stance cues', () => {
  it('sends the kinds that changed', () => {
    const cues = { supports: ['backs'], rejects: ['rejects'], open: [], unclear: [], negations: ['not'] };
    const labels = { supports: 'Supports', rejects: 'Rejects' } as never;
    expect(cueChanges(cues, { supports: 'backs', rejects: 'rejects\nrules out' }, labels)).toEqual({
      changes: { rejects: ['rejects', 'rules out'] },
      problems: [],
    });
  });
});

describe('an entry whose file lists hold repeats or spaces', () => {
  it('opens unchanged: the editor tidies the lists without making the entry unsaved', () => {
    const messy: Demand = {
      ...steel,
      phrases: ['removal of steel tariffs', ' removal of steel tariffs '],
      frame: { subjects: ['steel tariffs'], restrictions: ['lift', 'reverse', 'reverse'], opposites: [] },
    };
    expect(demandChanges(messy, demandDraft(messy)).changes).toBeNull();
    const party: Party = { ...canada, aliases: ['Canada', 'Canada', 'Ottawa'] };
    expect(partyChanges(party, partyDraft(party)).changes).toBeNull();
    const cues = { supports: ['backs', 'backs'], rejects: [], open: [], unclear: [], negations: [] };
    expect(
      cueChanges(cues, { supports: 'backs\nbacks' }, { supports: 'Supports' } as never).changes,
    ).toBeNull();
  });
});

describe('the shipped ontology', () => {
  it('opens every party, demand and the cues without an unsaved change', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { CORPUS_DIR } = await import('../derive/test-support/seed-corpus');
    const { parseOntology } = await import('../derive/ontology-parse');
    const parsed = parseOntology(
      readFileSync(path.join(CORPUS_DIR, 'ontology.json'), 'utf8'),
      'ontology.json',
    );
    const ontology = parsed.ontology!;
    for (const p of ontology.parties)
      expect(partyChanges(p, partyDraft(p)), p.id).toEqual({ changes: null, problems: [] });
    for (const d of ontology.demands)
      expect(demandChanges(d, demandDraft(d)), d.id).toEqual({ changes: null, problems: [] });
    const kinds = Object.keys(ontology.cues) as Array<keyof typeof ontology.cues>;
    const draft = Object.fromEntries(kinds.map((k) => [k, (ontology.cues[k] ?? []).join('\n')]));
    expect(cueChanges(ontology.cues, draft, {} as never).changes).toBeNull();
  });
});
