// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalystSnapshot } from './types';

const calls: string[] = [];
let next: AnalystSnapshot | Error;
vi.mock('../platform', () => ({
  platform: new Proxy(
    {},
    {
      get: (_t, name: string) => async () => {
        calls.push(name);
        if (name === 'matrix:get') return (await import('./test-matrix')).testMatrix();
        if (next instanceof Error) throw next;
        return next;
      },
    },
  ),
}));

const { createStandpointStore } = await import('.');

const snapshot = (edits: AnalystSnapshot['data']['ontologyEdits'] = []): AnalystSnapshot => ({
  data: { schemaVersion: 2, notes: [], overrides: [], citations: [], rejections: [], ontologyEdits: edits },
  anchors: {},
  canUndo: edits.length > 0,
  canRedo: false,
  undoLabel: null,
  redoLabel: null,
  notices: [{ kind: 'corrupt-moved-aside', message: 'moved', backupPath: '/tmp/x' }],
});

beforeEach(() => {
  calls.length = 0;
});

describe('analyst slice against main', () => {
  it('keeps the notices from the first load for the dialog', async () => {
    const store = createStandpointStore();
    next = snapshot();
    await store.getState().loadAnalyst();
    expect(store.getState().notices).toHaveLength(1);
  });

  it('reports a refused change and keeps the last good snapshot', async () => {
    const store = createStandpointStore();
    next = snapshot();
    await store.getState().loadAnalyst();
    const good = store.getState().analyst;
    next = new Error('Invalid argument for "analyst:apply": action.rationale: rationale must not be blank');
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

  it('fetches the re-derived matrix when an ontology edit comes or goes', async () => {
    const store = createStandpointStore();
    next = snapshot();
    await store.getState().loadAnalyst();
    const edit = {
      id: 'e1',
      author: 'Ann',
      createdAt: 't',
      updatedAt: 't',
      kind: 'alias' as const,
      partyId: 'us',
      alias: 'Foggy Bottom',
    };
    next = snapshot([edit]);
    await store.getState().applyAnalyst({ type: 'ontology:add-alias', partyId: 'us', alias: 'Foggy Bottom' });
    await vi.waitFor(() => expect(calls).toContain('matrix:get'));
    calls.length = 0;
    next = snapshot([edit]);
    await store
      .getState()
      .applyAnalyst({ type: 'note:create', target: { kind: 'cell', party: 'us', demand: 'nx' }, text: 'x' });
    expect(calls).not.toContain('matrix:get');
  });
});
