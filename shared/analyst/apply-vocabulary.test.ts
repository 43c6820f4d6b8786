import { describe, expect, it } from 'vitest';
import { analystActionSchema } from '../ipc/schemas';
import type { AnalystData } from '../model/analyst';
import { ID_MAX_LENGTH } from '../model/limits';
import type { Ontology } from '../model/ontology';
import { applyOntologyEdits } from '../derive/ontology-edits';
import { applyAction, type AnalystAction, type ApplyContext } from './apply';
import { emptyHistory, record, undo } from './history';
import { emptyAnalystData } from './migrate';
import { checkStoredOntologyEdits } from './stored-edits';
import { checkVocabularyTargets } from './check-vocabulary';

const file: Ontology = {
  version: 2,
  parties: [
    { id: 'canada', name: 'Canada', aliases: ['Canada', 'Ottawa'], adjectives: ['Canadian'] },
    { id: 'eu', name: 'European Union', aliases: ['European Union', 'Brussels'] },
  ],
  demands: [
    { id: 'steel', title: 'Lift steel tariffs', description: '', phrases: ['removal of steel tariffs'] },
  ],
  cues: { supports: ['backs'], rejects: ['rejects'], open: [], unclear: [], negations: ['not'] },
  roles: ['trade minister'],
};

function session() {
  let n = 0;
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  const ctx = (): ApplyContext => ({
    author: 'Ann',
    now: new Date((clock += 1000)).toISOString(),
    newId: () => `e${++n}`,
    getDocument: () => undefined,
  });
  let data: AnalystData = emptyAnalystData();
  let history = emptyHistory();
  return {
    get data() {
      return data;
    },
    /** Parses the action as main does, applies it and records it for undo. */
    apply(raw: unknown): string {
      const action = analystActionSchema.parse(raw) as AnalystAction;
      const before = data;
      const applied = applyAction(data, action, ctx());
      data = applied.data;
      history = record(history, { label: applied.label, before, after: data });
      return applied.label;
    },
    undo() {
      const step = undo(history);
      if (!step) throw new Error('nothing to undo');
      history = step.history;
      data = step.entry.before;
    },
    get vocabulary() {
      return applyOntologyEdits(file, data.ontologyEdits);
    },
  };
}

describe('vocabulary changes as analyst actions', () => {
  it('renames, re-lists aliases and adds officials of a party from the file, one edit per party', () => {
    const s = session();
    expect(
      s.apply({ type: 'ontology:edit-party', partyId: 'canada', changes: { name: 'Canada (federal)' } }),
    ).toBe('Rename party canada to “Canada (federal)”');
    s.apply({ type: 'ontology:add-alias', partyId: 'eu', alias: 'the bloc' });
    s.apply({
      type: 'ontology:edit-party',
      partyId: 'canada',
      changes: {
        aliases: ['Canada', 'Ottawa', 'the Canadian government'],
        officials: [
          { name: 'Elaine Fortier', aliases: ['Fortier'], role: 'Trade Minister', from: '2023-07-26' },
        ],
      },
    });
    // One merged edit for Canada, moved after the EU alias so it is applied last.
    expect(s.data.ontologyEdits.map((e) => e.kind)).toEqual(['alias', 'party-edit']);
    const canada = s.vocabulary.parties.find((p) => p.id === 'canada')!;
    expect(canada).toEqual({
      id: 'canada',
      name: 'Canada (federal)',
      aliases: ['Canada', 'Ottawa', 'the Canadian government'],
      adjectives: ['Canadian'],
      officials: [
        { name: 'Elaine Fortier', aliases: ['Fortier'], role: 'Trade Minister', from: '2023-07-26' },
      ],
    });
    expect(s.vocabulary.parties.find((p) => p.id === 'eu')!.aliases).toContain('the bloc');
    // The file's ontology is never modified.
    expect(file.parties[0]!.name).toBe('Canada');
  });

  it('keeps the creator and first date of a merged edit and moves only its update time', () => {
    const s = session();
    s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { hidden: true } });
    const first = s.data.ontologyEdits[0]!;
    s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { hidden: false } });
    const second = s.data.ontologyEdits[0]!;
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('a full alias list replaces the single aliases added before it, so a deleted alias stays deleted', () => {
    const s = session();
    s.apply({ type: 'ontology:add-alias', partyId: 'eu', alias: 'the Commission' });
    s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { aliases: ['Brussels'] } });
    expect(s.data.ontologyEdits.map((e) => e.kind)).toEqual(['party-edit']);
    expect(s.vocabulary.parties.find((p) => p.id === 'eu')!.aliases).toEqual(['Brussels']);
  });

  it('hides a demand (kept in the vocabulary, out of the matrix) and shows it again', () => {
    const s = session();
    expect(s.apply({ type: 'ontology:edit-demand', demandId: 'steel', changes: { hidden: true } })).toBe(
      'Hide demand steel',
    );
    expect(s.vocabulary.demands[0]!.hidden).toBe(true);
    s.apply({ type: 'ontology:edit-demand', demandId: 'steel', changes: { hidden: false } });
    expect(s.vocabulary.demands[0]!.hidden).toBe(false);
  });

  it('edits a demand frame, counter-phrases and proposers', () => {
    const s = session();
    s.apply({
      type: 'ontology:edit-demand',
      demandId: 'steel',
      changes: {
        frame: {
          subjects: ['steel tariffs'],
          restrictions: ['lift', 'remove'],
          opposites: ['keep the tariffs'],
        },
        counterPhrases: ['steel safeguard'],
        proposedBy: ['eu'],
      },
    });
    expect(s.vocabulary.demands[0]).toMatchObject({
      frame: {
        subjects: ['steel tariffs'],
        restrictions: ['lift', 'remove'],
        opposites: ['keep the tariffs'],
      },
      counterPhrases: ['steel safeguard'],
      proposedBy: ['eu'],
      phrases: ['removal of steel tariffs'],
    });
  });

  it('removes a party of the file by recording the removal, and revert brings it back', () => {
    const s = session();
    s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { name: 'EU' } });
    expect(s.apply({ type: 'ontology:remove-party', partyId: 'eu', name: 'EU' })).toBe('Remove party “EU”');
    expect(s.data.ontologyEdits.map((e) => e.kind)).toEqual(['party-remove']);
    expect(s.vocabulary.parties.map((p) => p.id)).toEqual(['canada']);
    // A removed party cannot be edited (the view offers Restore instead), nor removed twice.
    expect(() => s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { name: 'x' } })).toThrow(
      'Party "eu" has been removed; restore it before changing it.',
    );
    expect(() => s.apply({ type: 'ontology:remove-party', partyId: 'eu', name: 'EU' })).toThrow(
      'already removed',
    );
    expect(s.apply({ type: 'ontology:revert', target: 'party', id: 'eu' })).toBe('Restore party eu');
    expect(s.vocabulary.parties.find((p) => p.id === 'eu')).toEqual(file.parties[1]);
  });

  it('removes a party the analyst added by dropping its edits, leaving nothing behind', () => {
    const s = session();
    s.apply({ type: 'ontology:add-party', partyId: 'mexico', name: 'Mexico', aliases: ['Mexico'] });
    s.apply({ type: 'ontology:edit-party', partyId: 'mexico', changes: { adjectives: ['Mexican'] } });
    s.apply({ type: 'ontology:remove-party', partyId: 'mexico', name: 'Mexico' });
    expect(s.data.ontologyEdits).toEqual([]);
    expect(s.vocabulary.parties.map((p) => p.id)).toEqual(['canada', 'eu']);
  });

  it('a party of the file removed and then added anew by the analyst can be edited and removed again', () => {
    const s = session();
    s.apply({ type: 'ontology:remove-party', partyId: 'eu', name: 'European Union' });
    s.apply({
      type: 'ontology:add-party',
      partyId: 'eu',
      name: 'EU institutions',
      aliases: ['the Commission'],
    });
    s.apply({ type: 'ontology:edit-party', partyId: 'eu', changes: { adjectives: ['European'] } });
    expect(s.vocabulary.parties.find((p) => p.id === 'eu')).toEqual({
      id: 'eu',
      name: 'EU institutions',
      aliases: ['the Commission'],
      adjectives: ['European'],
    });
    s.apply({ type: 'ontology:remove-party', partyId: 'eu', name: 'EU institutions' });
    // The file's European Union stays removed too.
    expect(s.vocabulary.parties.map((p) => p.id)).toEqual(['canada']);
    expect(s.data.ontologyEdits.map((e) => e.kind)).toEqual(['party-remove']);
  });

  it('adds a party accepted from the suggestions with its adjectives and officials in one step', () => {
    const s = session();
    const label = s.apply({
      type: 'ontology:add-party',
      partyId: 'mexico',
      name: 'Mexico',
      aliases: ['Mexico', 'Mexico City'],
      adjectives: ['Mexican'],
      officials: [{ name: 'Rosa Ibarra', aliases: ['Ibarra'], role: 'Economy Minister' }],
    });
    expect(label).toBe('Add party Mexico');
    expect(s.vocabulary.parties.at(-1)).toEqual({
      id: 'mexico',
      name: 'Mexico',
      aliases: ['Mexico', 'Mexico City'],
      adjectives: ['Mexican'],
      officials: [{ name: 'Rosa Ibarra', aliases: ['Ibarra'], role: 'Economy Minister' }],
    });
  });

  it('reverting an added party keeps the party and drops only the changes to it', () => {
    const s = session();
    s.apply({ type: 'ontology:add-party', partyId: 'mexico', name: 'Mexico', aliases: ['Mexico'] });
    s.apply({ type: 'ontology:edit-party', partyId: 'mexico', changes: { name: 'United Mexican States' } });
    expect(s.apply({ type: 'ontology:revert', target: 'party', id: 'mexico' })).toBe('Revert party mexico');
    expect(s.vocabulary.parties.find((p) => p.id === 'mexico')!.name).toBe('Mexico');
    expect(() => s.apply({ type: 'ontology:revert', target: 'party', id: 'mexico' })).toThrow(
      'The party mexico has no changes of yours to revert.',
    );
  });

  it('replaces cue kinds and office words, merging later cue changes into one edit', () => {
    const s = session();
    s.apply({ type: 'ontology:edit-cues', changes: { rejects: ['rejects', 'rules out'] } });
    s.apply({ type: 'ontology:edit-cues', changes: { supports: ['backs', 'welcomes'] } });
    s.apply({ type: 'ontology:edit-roles', roles: ['trade minister', 'trade commissioner'] });
    expect(s.data.ontologyEdits.map((e) => e.kind)).toEqual(['cues-edit', 'roles-edit']);
    expect(s.vocabulary.cues).toEqual({
      ...file.cues,
      rejects: ['rejects', 'rules out'],
      supports: ['backs', 'welcomes'],
    });
    expect(s.vocabulary.roles).toEqual(['trade minister', 'trade commissioner']);
    expect(s.apply({ type: 'ontology:revert', target: 'cues' })).toBe('Revert stance cues');
    expect(s.vocabulary.cues).toEqual(file.cues);
  });

  it('undoes every change exactly', () => {
    const s = session();
    s.apply({ type: 'ontology:edit-party', partyId: 'canada', changes: { name: 'Canada (federal)' } });
    const afterRename = s.data;
    s.apply({ type: 'ontology:remove-party', partyId: 'canada', name: 'Canada (federal)' });
    s.undo();
    expect(s.data).toBe(afterRename);
    s.undo();
    expect(s.vocabulary).toEqual(applyOntologyEdits(file, []));
  });

  it('an edit for an id the file no longer has is inert', () => {
    const s = session();
    s.apply({ type: 'ontology:edit-party', partyId: 'gone', changes: { name: 'Gone' } });
    s.apply({ type: 'ontology:edit-demand', demandId: 'gone', changes: { title: 'Gone' } });
    expect(s.vocabulary).toEqual(applyOntologyEdits(file, []));
  });
});

describe('checked against the vocabulary in main', () => {
  const vocabulary = applyOntologyEdits(file, [
    {
      id: 'h',
      author: 'Ann',
      createdAt: 'x',
      updatedAt: 'x',
      kind: 'party-edit',
      partyId: 'eu',
      changes: { hidden: true },
    },
  ]);
  const check = (raw: unknown) => () =>
    checkVocabularyTargets(analystActionSchema.parse(raw) as AnalystAction, vocabulary);

  it('names an unknown id; a hidden party is still there to edit', () => {
    expect(check({ type: 'ontology:edit-party', partyId: 'mexico', changes: { name: 'M' } })).toThrow(
      'There is no party with id "mexico" in the vocabulary.',
    );
    expect(check({ type: 'ontology:remove-demand', demandId: 'dairy', title: 'Dairy' })).toThrow(
      'There is no demand with id "dairy" in the vocabulary.',
    );
    expect(check({ type: 'ontology:edit-party', partyId: 'eu', changes: { hidden: false } })).not.toThrow();
    const long = 'x'.repeat(ID_MAX_LENGTH);
    expect(check({ type: 'ontology:edit-party', partyId: long, changes: { name: 'M' } })).toThrow(
      `There is no party with id "${'x'.repeat(60)}… (${ID_MAX_LENGTH} characters)" in the vocabulary.`,
    );
  });

  it('refuses a new entry whose id is taken, and proposers that are not parties', () => {
    expect(check({ type: 'ontology:add-party', partyId: 'canada', name: 'Canada', aliases: [] })).toThrow(
      'A party with id "canada" already exists (“Canada”): choose another id.',
    );
    expect(
      check({ type: 'ontology:add-demand', demandId: 'steel', title: 'Steel', description: '', phrases: [] }),
    ).toThrow('already exists (“Lift steel tariffs”)');
    expect(
      check({ type: 'ontology:edit-demand', demandId: 'steel', changes: { proposedBy: ['eu', 'mexico'] } }),
    ).toThrow('proposedBy names no party of the vocabulary: "mexico".');
    expect(
      check({ type: 'ontology:edit-demand', demandId: 'steel', changes: { addressedTo: ['mexico'] } }),
    ).toThrow('addressedTo names no party of the vocabulary: "mexico".');
  });
});

describe('vocabulary action arguments', () => {
  const refused = (raw: unknown): string => {
    const r = analystActionSchema.safeParse(raw);
    if (r.success) throw new Error('accepted');
    return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  };

  it('names the bad field: an over-long id, a blank alias, a date that is not one, an office ending before it starts', () => {
    expect(
      refused({
        type: 'ontology:edit-party',
        partyId: 'x'.repeat(ID_MAX_LENGTH + 1),
        changes: { name: 'X' },
      }),
    ).toBe(`partyId: is longer than ${ID_MAX_LENGTH} characters`);
    expect(
      refused({ type: 'ontology:edit-party', partyId: 'eu', changes: { aliases: ['Brussels', '  '] } }),
    ).toBe('changes.aliases.1: an alias must not be blank');
    expect(
      refused({
        type: 'ontology:edit-party',
        partyId: 'eu',
        changes: { officials: [{ name: 'A B', role: 'Envoy', from: '2025-02-30x' }] },
      }),
    ).toContain('changes.officials.0.from: must be a date YYYY-MM-DD');
    expect(
      refused({
        type: 'ontology:edit-party',
        partyId: 'eu',
        changes: { officials: [{ name: 'A B', role: 'Envoy', from: '2025-03-01', to: '2024-01-01' }] },
      }),
    ).toBe('changes.officials.0.to: the office ends before it starts');
  });

  it('refuses a change that changes nothing, an unknown field and a revert of a party without its id', () => {
    expect(refused({ type: 'ontology:edit-demand', demandId: 'steel', changes: {} })).toBe(
      'changes: changes nothing',
    );
    expect(refused({ type: 'ontology:edit-demand', demandId: 'steel', changes: { titel: 'x' } })).toContain(
      'Unrecognized key: "titel"',
    );
    expect(refused({ type: 'ontology:revert', target: 'party' })).toBe(
      'id: a party or demand is reverted by its id; cues and office words without one',
    );
  });

  it('refuses a field sent without a value, naming it: applied, it would delete the entry’s name or list', () => {
    const noValue = 'is sent without a value: leave the field out to keep it as it is, or give it one';
    // What the IPC fuzz found: `{ name: undefined }` (Electron's structured clone keeps the key) was
    // accepted as a change, and the merged party then had no name for the matrix, export and print.
    expect(refused({ type: 'ontology:edit-party', partyId: 'eu', changes: { name: undefined } })).toBe(
      `changes.name: ${noValue}; changes: changes nothing`,
    );
    expect(
      refused({ type: 'ontology:edit-party', partyId: 'eu', changes: { name: undefined, aliases: ['EU'] } }),
    ).toBe(`changes.name: ${noValue}`);
    expect(
      refused({
        type: 'ontology:edit-demand',
        demandId: 'steel',
        changes: { title: undefined, hidden: true },
      }),
    ).toBe(`changes.title: ${noValue}`);
    expect(
      refused({
        type: 'ontology:edit-demand',
        demandId: 'steel',
        changes: { phrases: undefined, hidden: true },
      }),
    ).toBe(`changes.phrases: ${noValue}`);
    expect(
      refused({ type: 'ontology:edit-cues', changes: { rejects: undefined, supports: ['backs'] } }),
    ).toBe(`changes.rejects: ${noValue}`);
    // A field left out is still simply not changed.
    expect(
      analystActionSchema.safeParse({
        type: 'ontology:edit-party',
        partyId: 'eu',
        changes: { aliases: ['EU'] },
      }).success,
    ).toBe(true);
  });
});

describe('stored vocabulary edits', () => {
  it('are checked with the limits of the actions: one over them is skipped, the others used', () => {
    const at = '2025-03-01T09:00:00.000Z';
    const by = { author: 'Ann', createdAt: at, updatedAt: at };
    const good = { id: 'a', ...by, kind: 'roles-edit' as const, roles: ['envoy'] };
    const bad = {
      id: 'b',
      ...by,
      kind: 'party-edit' as const,
      partyId: 'eu',
      changes: { aliases: ['x'.repeat(201)] },
    };
    const { usable, skipped } = checkStoredOntologyEdits([good, bad]);
    expect(usable).toEqual([good]);
    expect(skipped[0]!.problem).toContain('changes.aliases.0');
  });

  it('one holding a field without a value (accepted before the contract refused it) is skipped, and never deletes a field', () => {
    const at = '2025-03-01T09:00:00.000Z';
    const by = { author: 'Ann', createdAt: at, updatedAt: at };
    const edits = [
      {
        id: 'p',
        ...by,
        kind: 'party-edit' as const,
        partyId: 'eu',
        changes: { name: undefined, hidden: false },
      },
      { id: 'd', ...by, kind: 'demand-edit' as const, demandId: 'steel', changes: { title: undefined } },
      { id: 'c', ...by, kind: 'cues-edit' as const, changes: { rejects: undefined, open: ['weighs'] } },
    ];
    const { usable, skipped } = checkStoredOntologyEdits(edits);
    expect(usable).toEqual([]);
    expect(skipped.map((s) => s.problem)).toEqual([
      expect.stringContaining('changes.name is sent without a value'),
      expect.stringContaining('changes.title is sent without a value'),
      expect.stringContaining('changes.rejects is sent without a value'),
    ]);
    // Applied anyway (by a caller that did not check), each keeps the fields it has no value for.
    const applied = applyOntologyEdits(file, edits);
    expect(applied.parties.find((p) => p.id === 'eu')).toMatchObject({
      name: 'European Union',
      hidden: false,
    });
    expect(applied.demands[0]!.title).toBe('Lift steel tariffs');
    expect(applied.cues).toMatchObject({ rejects: ['rejects'], open: ['weighs'] });
  });
});
