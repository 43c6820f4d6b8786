import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalystAction } from '../../../shared/analyst/apply';
import { analystSnapshotSchema } from '../../../shared/ipc/schemas';
import type { AnalystData, Authored } from '../../../shared/model/analyst';
import type { AnalystService } from './analyst-service';
import { createConfStore } from './key-value-store';
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
    expect(analystSnapshotSchema.safeParse(created).success).toBe(true);
    const [item] = items(created.data, kind.collection);
    expect(item).toMatchObject({ author: 'Ada Analyst', createdAt: '2026-11-23T05:30:01.000Z' });
    const id = item!.id;
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([item]);

    if (kind.edit) {
      const { action, field, value } = kind.edit(id);
      const edited = service.apply(action);
      const after = items(edited.data, kind.collection)[0]!;
      expect(after[field]).toEqual(value);
      expect(after.id).toBe(id);
      expect(after.createdAt).toBe(item!.createdAt);
      expect(after.updatedAt > item!.updatedAt).toBe(true);
      expect(edited.undoLabel).toBeTruthy();
      const undone = service.undo();
      expect(items(undone.data, kind.collection)).toEqual([item]);
      expect(items(openTestService(dir).data(), kind.collection)).toEqual([item]);
      const redone = service.redo();
      expect(items(redone.data, kind.collection)[0]![field]).toEqual(value);
      expect(items(openTestService(dir).data(), kind.collection)[0]![field]).toEqual(value);
    }

    const afterDelete = service.apply(kind.remove(id));
    expect(items(afterDelete.data, kind.collection)).toEqual([]);
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([]);
    const restored = service.undo();
    expect(items(restored.data, kind.collection).map((i) => i.id)).toEqual([id]);
    expect(restored.canRedo).toBe(true);
    expect(items(openTestService(dir).data(), kind.collection).map((i) => i.id)).toEqual([id]);
    service.redo();
    expect(items(openTestService(dir).data(), kind.collection)).toEqual([]);
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
    const snapshot = fresh.apply(KINDS[0]!.create);
    expect(snapshot.data.notes[0]!.author).toBe('Unnamed analyst');
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

describe('a failed write', () => {
  it('leaves the data, the history and the file as they were', () => {
    let failing = false;
    const failingService = openTestService(dir, {
      openStore: (d, n) => {
        const real = createConfStore(d, n);
        return {
          path: real.path,
          get: real.get,
          set: (key, value) => {
            if (failing) throw new Error('disk full');
            real.set(key, value);
          },
        };
      },
    });
    failingService.apply(KINDS[0]!.create);
    const before = failingService.get();
    const bytes = fs.readFileSync(failingService.storePath);
    failing = true;
    expect(() => failingService.apply(KINDS[3]!.create)).toThrow('disk full');
    expect(() => failingService.undo()).toThrow('disk full');
    expect(failingService.get()).toEqual(before);
    expect(fs.readFileSync(failingService.storePath)).toEqual(bytes);
  });
});

describe('re-anchoring after a document edit', () => {
  it('re-anchors a quote that moved and flags, but keeps, one that is gone', () => {
    const documents = makeDocuments();
    const first = openTestService(dir, { documents });
    const moved = first.apply(KINDS[4]!.create).data.citations[0]!;
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
