// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestReply } from '../../../shared/ipc/contract';
import type { AnalystSnapshot } from './types';

type Change = RequestReply<'analyst:apply'>;
const calls: Array<{ name: string; args: unknown }> = [];
const replies: Record<string, Array<unknown>> = {};
vi.mock('../platform', () => ({
  platform: new Proxy(
    {},
    {
      get: (_t, name: string) => async (args: unknown) => {
        calls.push({ name, args });
        if (name === 'matrix:get') return (await import('./test-matrix')).testMatrix();
        const next = replies[name]?.shift();
        if (next instanceof Error) throw next;
        return next;
      },
    },
  ),
}));

const { createStandpointStore, SAVE_STATUS_POLL_MS } = await (async () => ({
  ...(await import('.')),
  ...(await import('./analyst.slice')),
}))();

const SAVED = { saved: true, message: null };
const edit = {
  id: 'e1',
  author: 'Ann',
  createdAt: 't',
  updatedAt: 't',
  kind: 'alias' as const,
  partyId: 'us',
  alias: 'Foggy Bottom',
};
const note = {
  id: 'n1',
  author: 'Ann',
  createdAt: 't',
  updatedAt: 't',
  target: { kind: 'cell' as const, party: 'us', demand: 'nx' },
  text: 'x',
};

const snapshot = (revision = 0): AnalystSnapshot => ({
  revision,
  data: { schemaVersion: 2, notes: [], overrides: [], citations: [], rejections: [], ontologyEdits: [] },
  anchors: {},
  canUndo: false,
  canRedo: false,
  undoLabel: null,
  redoLabel: null,
  notices: [{ kind: 'corrupt-moved-aside', message: 'moved', backupPath: '/tmp/x' }],
  save: SAVED,
});

const change = (baseRevision: number, changes: Change['changes'], save: Change['save'] = SAVED): Change => ({
  baseRevision,
  revision: baseRevision + 1,
  changes,
  anchors: {},
  canUndo: true,
  canRedo: false,
  undoLabel: 'Add',
  redoLabel: null,
  notices: [],
  save,
});

const reply = (name: string, ...values: unknown[]) => (replies[name] = [...(replies[name] ?? []), ...values]);
const namesCalled = () => calls.map((c) => c.name);

async function loaded() {
  const store = createStandpointStore();
  reply('analyst:get', snapshot());
  await store.getState().loadAnalyst();
  calls.length = 0;
  return store;
}

beforeEach(() => {
  calls.length = 0;
  for (const key of Object.keys(replies)) delete replies[key];
});
afterEach(() => vi.useRealTimers());

describe('analyst slice against main', () => {
  it('keeps the notices from the first load for the dialog', async () => {
    const store = await loaded();
    expect(store.getState().notices).toHaveLength(1);
  });

  it('reports a refused change and keeps the last good snapshot', async () => {
    const store = await loaded();
    const good = store.getState().analyst;
    reply('analyst:apply', new Error('Invalid argument: action.rationale: rationale must not be blank'));
    const ok = await store.getState().applyAnalyst({
      type: 'override:set',
      party: 'us',
      demand: 'nx',
      stance: 'open',
      rationale: ' ',
    });
    expect(ok).toBe(false);
    expect(store.getState().analystError).toMatch(/rationale must not be blank/);
    expect(store.getState().analyst).toBe(good);
  });

  it('applies the change main replies with, and reloads when a reply was missed', async () => {
    const store = await loaded();
    reply('analyst:apply', change(0, { notes: { upsert: [note], remove: [] } }));
    await store.getState().applyAnalyst({ type: 'note:create', target: note.target, text: 'x' });
    expect(store.getState().analyst?.data.notes).toEqual([note]);
    expect(store.getState().analyst?.revision).toBe(1);
    expect(namesCalled()).not.toContain('analyst:get');

    // A change made on revision 5 does not follow revision 1: fetch the whole snapshot again.
    reply('analyst:apply', change(5, { notes: { upsert: [], remove: ['n1'] } }));
    reply('analyst:get', snapshot(6));
    await store.getState().applyAnalyst({ type: 'note:delete', id: 'n1' });
    expect(namesCalled()).toContain('analyst:get');
    expect(store.getState().analyst?.revision).toBe(6);
  });

  it('fetches the re-derived matrix when an ontology edit comes or goes', async () => {
    const store = await loaded();
    reply('analyst:apply', change(0, { ontologyEdits: { upsert: [edit], remove: [] } }));
    await store.getState().applyAnalyst({ type: 'ontology:add-alias', partyId: 'us', alias: 'Foggy Bottom' });
    await vi.waitFor(() => expect(namesCalled()).toContain('matrix:get'));
    calls.length = 0;
    reply('analyst:apply', change(1, { notes: { upsert: [note], remove: [] } }));
    await store.getState().applyAnalyst({ type: 'note:create', target: note.target, text: 'x' });
    expect(namesCalled()).not.toContain('matrix:get');
  });

  it('gives a new item an id of its own, and the same id when the same item is sent again', async () => {
    const store = await loaded();
    const action = { type: 'note:create' as const, target: note.target, text: 'x' };
    reply('analyst:apply', new Error('Standpoint did not answer'), change(0, {}), change(1, {}));
    await store.getState().applyAnalyst(action);
    await store.getState().applyAnalyst(action);
    await store.getState().applyAnalyst(action);
    const ids = calls.map((c) => (c.args as { action: { id?: string } }).action.id);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]); // the retry after a failure: main can recognise it
    expect(ids[2]).not.toBe(ids[0]); // after success, a second note is a second item
  });

  it('shows unsaved work until main says it is on disk', async () => {
    vi.useFakeTimers();
    const store = await loaded();
    const unsaved = { saved: false, message: 'Not saved: the disk is full (12 KB free).' };
    reply('analyst:apply', change(0, { notes: { upsert: [note], remove: [] } }, unsaved));
    await store.getState().applyAnalyst({ type: 'note:create', target: note.target, text: 'x' });
    expect(store.getState().analyst?.save).toEqual(unsaved);

    reply('analyst:save-status', { revision: 1, save: unsaved }, { revision: 1, save: SAVED });
    await vi.advanceTimersByTimeAsync(SAVE_STATUS_POLL_MS);
    expect(store.getState().analyst?.save.saved).toBe(false);
    await vi.advanceTimersByTimeAsync(SAVE_STATUS_POLL_MS);
    expect(store.getState().analyst?.save).toEqual(SAVED);
    await vi.advanceTimersByTimeAsync(SAVE_STATUS_POLL_MS * 3);
    expect(namesCalled().filter((n) => n === 'analyst:save-status')).toHaveLength(2);
  });
});
