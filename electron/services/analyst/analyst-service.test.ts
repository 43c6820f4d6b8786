import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalystAction } from '../../../shared/analyst/apply';
import { analystChangeSchema } from '../../../shared/ipc/schemas';
import type { AnalystData, Authored } from '../../../shared/model/analyst';
import type { AnalystService } from './analyst-service';
import { makeDocuments, openTestService, TASS_TEXT, tempDir } from './test-support/fixtures';

const quoteStart = TASS_TEXT.indexOf('NATO said');
const quoteEnd = TASS_TEXT.indexOf('.', quoteStart) + 1;
const range = { document: 'tass-1', start: quoteStart, end: quoteEnd };

type Collection = 'notes' | 'overrides' | 'citations' | 'rejections' | 'ontologyEdits';
interface Kind {
  name: string;
  collection: Collection;
  create: AnalystAction;
  /** Builds the edit for the created item, and the field it changes. */
  edit?: (id: string) => { action: AnalystAction; field: string; value: unknown };
  remove: (id: string) => AnalystAction;
}

const KINDS: Kind[] = [
  {
    name: 'cell note',
    collection: 'notes',
    create: {
      type: 'note:create',
      target: { kind: 'cell', party: 'nato', demand: 'missile-deployment' },
      text: 'Watch this.',
    },
    edit: (id) => ({ action: { type: 'note:update', id, text: 'Edited.' }, field: 'text', value: 'Edited.' }),
    remove: (id) => ({ type: 'note:delete', id }),
  },
  {
    name: 'citation note',
    collection: 'notes',
    create: {
      type: 'note:create',
      target: { kind: 'citation', citationKey: 'tass-1:0-10:russia:nato' },
      text: 'Dubious.',
    },
    edit: (id) => ({
      action: { type: 'note:update', id, text: 'Really dubious.' },
      field: 'text',
      value: 'Really dubious.',
    }),
    remove: (id) => ({ type: 'note:delete', id }),
  },
  {
    name: 'range note',
    collection: 'notes',
    create: { type: 'note:create', target: { kind: 'range', range }, text: 'Key sentence.' },
    edit: (id) => ({ action: { type: 'note:update', id, text: 'Key.' }, field: 'text', value: 'Key.' }),
    remove: (id) => ({ type: 'note:delete', id }),
  },
  {
    name: 'stance override',
    collection: 'overrides',
    create: {
      type: 'override:set',
      party: 'nato',
      demand: 'missile-deployment',
      stance: 'rejects',
      rationale: 'Later statements.',
    },
    edit: () => ({
      action: {
        type: 'override:set',
        party: 'nato',
        demand: 'missile-deployment',
        stance: 'open',
        rationale: 'Changed mind.',
      },
      field: 'stance',
      value: 'open',
    }),
    remove: (id) => ({ type: 'override:delete', id }),
  },
  {
    name: 'analyst citation',
    collection: 'citations',
    create: {
      type: 'citation:create',
      party: 'nato',
      demand: 'missile-deployment',
      stance: 'open',
      range,
      comment: '',
    },
    edit: (id) => ({
      action: { type: 'citation:update', id, comment: 'Clear.' },
      field: 'comment',
      value: 'Clear.',
    }),
    remove: (id) => ({ type: 'citation:delete', id }),
  },
  {
    name: 'citation rejection',
    collection: 'rejections',
    create: { type: 'rejection:create', citationKey: 'tass-1:0-10:russia:nato', reason: 'Wrong speaker.' },
    edit: () => ({
      action: { type: 'rejection:create', citationKey: 'tass-1:0-10:russia:nato', reason: 'Misattributed.' },
      field: 'reason',
      value: 'Misattributed.',
    }),
    remove: (id) => ({ type: 'rejection:delete', id }),
  },
  {
    name: 'new party',
    collection: 'ontologyEdits',
    create: { type: 'ontology:add-party', partyId: 'china', name: 'China', aliases: ['Beijing'] },
    remove: (id) => ({ type: 'ontology:delete-edit', id }),
  },
  {
    name: 'new demand',
    collection: 'ontologyEdits',
    create: {
      type: 'ontology:add-demand',
      demandId: 'inf-treaty',
      title: 'INF treaty',
      description: '',
      phrases: ['INF'],
    },
    remove: (id) => ({ type: 'ontology:delete-edit', id }),
  },
  {
    name: 'new alias',
    collection: 'ontologyEdits',
    create: { type: 'ontology:add-alias', partyId: 'nato', alias: 'the alliance' },
    remove: (id) => ({ type: 'ontology:delete-edit', id }),
  },
  {
    name: 'new phrase',
    collection: 'ontologyEdits',
    create: {
      type: 'ontology:add-phrase',
      demandId: 'missile-deployment',
      phrase: 'intermediate-range missiles',
    },
    remove: (id) => ({ type: 'ontology:delete-edit', id }),
  },
];

const items = (data: AnalystData, collection: Collection) =>
  data[collection] as unknown as Array<Authored & Record<string, unknown>>;

let dir: string;
let service: AnalystService;
beforeEach(() => {
  dir = tempDir();
  service = openTestService(dir);
  service.preferences.set({ author: 'Ada Analyst' });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(KINDS)('$name', (kind) => {
  it('is created, edited, undone, redone and deleted, and every step survives a restart', () => {
    const created = service.apply(kind.create);
    expect(analystChangeSchema.safeParse(created).success).toBe(true);
    const [item] = items(service.data(), kind.collection);
    expect(item).toMatchObject({ author: 'Ada Analyst', createdAt: '2026-11-23T05:30:01.000Z' });
    const id = item!.id;
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([item]);

    if (kind.edit) {
      const { action, field, value } = kind.edit(id);
      const edited = service.apply(action);
      const after = items(service.data(), kind.collection)[0]!;
      expect(after[field]).toEqual(value);
      expect(after.id).toBe(id);
      expect(after.createdAt).toBe(item!.createdAt);
      expect(after.updatedAt > item!.updatedAt).toBe(true);
      expect(edited.undoLabel).toBeTruthy();
      service.undo();
      expect(items(service.data(), kind.collection)).toEqual([item]);
      expect(items(openTestService(dir).data(), kind.collection)).toEqual([item]);
      service.redo();
      expect(items(service.data(), kind.collection)[0]![field]).toEqual(value);
      expect(items(openTestService(dir).data(), kind.collection)[0]![field]).toEqual(value);
    }

    service.apply(kind.remove(id));
    expect(items(service.data(), kind.collection)).toEqual([]);
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([]);
    const restored = service.undo();
    expect(items(service.data(), kind.collection).map((i) => i.id)).toEqual([id]);
    expect(restored.canRedo).toBe(true);
    expect(items(openTestService(dir).data(), kind.collection).map((i) => i.id)).toEqual([id]);
    service.redo();
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([]);
  });
});

describe.each(KINDS)('$name sent twice with the id its client chose', (kind) => {
  it('is created once: the second request finds it and changes nothing', () => {
    const action = { ...kind.create, id: 'client-7f3a9c' } as AnalystAction;
    const first = service.apply(action);
    expect(items(service.data(), kind.collection).map((i) => i.id)).toEqual(['client-7f3a9c']);
    const bytes = fs.readFileSync(service.storePath);

    // The reply to the first was lost; the client sends the very same request again.
    const again = service.apply(action);
    expect(again.changes).toEqual({});
    expect(again.revision).toBe(first.revision);
    expect(items(service.data(), kind.collection)).toHaveLength(1);
    expect(fs.readFileSync(service.storePath)).toEqual(bytes);
    expect(items(openTestService(dir).data(), kind.collection)).toHaveLength(1);
  });
});

describe('a client-chosen id', () => {
  it('is refused when it already names something else, naming the field', () => {
    service.apply({ ...KINDS[0]!.create, id: 'taken-123' } as AnalystAction);
    expect(() =>
      service.apply({ ...KINDS[0]!.create, text: 'Other.', id: 'taken-123' } as AnalystAction),
    ).toThrow(/The id "taken-123" already names another item/);
    expect(() => service.apply({ ...KINDS[3]!.create, id: 'taken-123' } as AnalystAction)).toThrow(
      /already names/,
    );
    expect(service.data().notes).toHaveLength(1);
    expect(service.data().overrides).toHaveLength(0);
  });
});

describe('the reply to a change', () => {
  it('carries what changed, not the whole store', () => {
    for (let i = 0; i < 50; i++)
      service.apply({ ...(KINDS[0]!.create as object), text: `n${i}` } as AnalystAction);
    const change = service.apply(KINDS[4]!.create);
    expect(Object.keys(change.changes)).toEqual(['citations']);
    expect(change.changes.citations!.upsert).toHaveLength(1);
    expect(Object.keys(change.anchors)).toEqual([change.changes.citations!.upsert[0]!.id]);
    expect(JSON.stringify(change).length).toBeLessThan(2_000);
    const removed = service.apply({ type: 'note:delete', id: service.data().notes[3]!.id });
    expect(removed.changes).toEqual({ notes: { upsert: [], remove: [expect.any(String)] } });
    expect(removed.baseRevision).toBe(change.revision);
  });
});

describe('a stored ontology edit over the limits', () => {
  it('is reported and left out of the derivation, but kept in the store', () => {
    service.apply({ type: 'ontology:add-alias', partyId: 'nato', alias: 'the alliance' });
    // Written before the id limit existed: a party id of 10,000 characters.
    const stored = JSON.parse(fs.readFileSync(service.storePath, 'utf8'));
    const huge = 'x'.repeat(10_000);
    stored.analyst.ontologyEdits.push({
      id: 'old-edit',
      author: 'Ann',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      kind: 'party',
      partyId: huge,
      name: 'Huge',
      aliases: [],
    });
    fs.writeFileSync(service.storePath, JSON.stringify(stored));

    const reopened = openTestService(dir);
    expect(reopened.data().ontologyEdits.map((e) => e.id)).toContain('old-edit');
    expect(reopened.ontologyEdits().map((e) => e.kind)).toEqual(['alias']);
    const notice = reopened.get().notices.find((n) => n.kind === 'skipped-ontology-edit');
    expect(notice?.message).toMatch(
      /party "x{60}… \(10000 characters\)", id old-edit\) was skipped because partyId is longer than 200 characters/,
    );
    // Reported once, not again at every start.
    expect(
      openTestService(dir)
        .get()
        .notices.filter((n) => n.kind === 'skipped-ontology-edit'),
    ).toHaveLength(1);
  });
});

describe('analyst service', () => {
  it('finds everything after a restart, with anchors resolved', () => {
    for (const kind of KINDS) service.apply(kind.create);
    const before = service.get();
    const again = openTestService(dir).get();
    expect(again.data).toEqual(before.data);
    expect(again.anchors).toEqual(before.anchors);
    expect(Object.values(again.anchors).map((a) => a.status)).toEqual(['anchored', 'anchored']);
    expect(openTestService(dir).preferences.get()).toEqual({ author: 'Ada Analyst', theme: 'system' });
  });

  it('labels undo and redo, and clears redo on a new action', () => {
    expect(service.get()).toMatchObject({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    service.apply(KINDS[3]!.create);
    expect(service.get().undoLabel).toBe('Override nato × missile-deployment');
    const undone = service.undo();
    expect(undone).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: 'Override nato × missile-deployment',
    });
    const next = service.apply(KINDS[0]!.create);
    expect(next).toMatchObject({ canRedo: false, undoLabel: 'Add note' });
  });

  it('treats undo and redo with nothing to do as no-ops', () => {
    const bytes = fs.readFileSync(service.storePath);
    expect(service.undo().canUndo).toBe(false);
    expect(service.redo().canRedo).toBe(false);
    expect(fs.readFileSync(service.storePath)).toEqual(bytes);
  });

  it('records an unnamed author until a name is set', () => {
    const fresh = openTestService(tempDir());
    fresh.apply(KINDS[0]!.create);
    expect(fresh.data().notes[0]!.author).toBe('Unnamed analyst');
  });

  it('keeps the history bounded', () => {
    const small = openTestService(tempDir(), { historyLimit: 3 });
    for (let i = 0; i < 5; i++) small.apply({ type: 'ontology:add-alias', partyId: 'nato', alias: `a${i}` });
    let undos = 0;
    while (small.get().canUndo) {
      small.undo();
      undos++;
    }
    expect(undos).toBe(3);
    expect(small.data().ontologyEdits).toHaveLength(2);
  });

  it('tells main when the ontology edits change, including on undo', () => {
    const seen: number[] = [];
    const watched = openTestService(tempDir(), {
      onOntologyChange: (data) => seen.push(data.ontologyEdits.length),
    });
    watched.apply(KINDS[0]!.create);
    watched.apply(KINDS[6]!.create);
    watched.undo();
    expect(seen).toEqual([1, 0]);
  });

  it('refuses impossible actions with a message naming what was wrong, changing nothing', () => {
    const bytes = fs.readFileSync(service.storePath);
    expect(() => service.apply({ type: 'note:delete', id: 'nope' })).toThrow('No note with id "nope"');
    expect(() =>
      service.apply({
        ...(KINDS[4]!.create as Extract<AnalystAction, { type: 'citation:create' }>),
        range: { document: 'gone', start: 0, end: 3 },
      }),
    ).toThrow('No document with id "gone"');
    expect(() =>
      service.apply({
        ...(KINDS[4]!.create as Extract<AnalystAction, { type: 'citation:create' }>),
        range: { document: 'tass-1', start: 0, end: TASS_TEXT.length + 1 },
      }),
    ).toThrow(/runs past the end of document "tass-1"/);
    expect(fs.readFileSync(service.storePath)).toEqual(bytes);
    expect(service.get().canUndo).toBe(false);
  });
});

describe('re-anchoring after a document edit', () => {
  it('re-anchors a quote that moved and flags, but keeps, one that is gone', () => {
    const documents = makeDocuments();
    const first = openTestService(dir, { documents });
    first.apply(KINDS[4]!.create);
    const moved = first.data().citations[0]!;
    const goneStart = TASS_TEXT.indexOf('MOSCOW');
    first.apply({
      type: 'note:create',
      target: { kind: 'range', range: { document: 'tass-1', start: goneStart, end: goneStart + 16 } },
      text: 'Dateline.',
    });
    const goneNote = first.data().notes[0]!;

    // The source is corrected: a new lead paragraph, and the dateline rewritten.
    documents.edit(
      'tass-1',
      'UPDATED: corrected version. ' + TASS_TEXT.replace('MOSCOW, Jan. 14.', 'Moscow, 14 January —'),
    );
    const after = openTestService(dir, { documents }).get();
    const newText = documents.get('tass-1')!.text;

    const citation = after.anchors[moved.id]!;
    expect(citation.status).toBe('reanchored');
    expect(newText.slice(citation.start, citation.end)).toBe(moved.anchor.quote);
    expect(after.anchors[goneNote.id]).toEqual({ status: 'orphaned', start: goneStart, end: goneStart + 16 });
    expect(after.data.notes.map((n) => n.id)).toEqual([goneNote.id]);
    expect(after.data.citations).toEqual([moved]);
  });
});
