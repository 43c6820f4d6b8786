/**
 * A vocabulary change with a field sent without a value (`{ name: undefined }`, which Electron's
 * structured clone carries), found by the IPC fuzz (handlers.fuzz.test.ts): the contract accepted it
 * as a change, the party lost its name, and from then on the matrix reply failed its schema while
 * export, print and vocabulary suggestions failed with TypeErrors ("reading 'toLowerCase'",
 * "reading 'replace'"). Here on the real composed services with a real store on disk: the request is
 * refused naming the field, and a store an earlier version wrote after accepting one still opens,
 * reports the leftover edit and keeps every record.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestName, RequestReply } from '../../shared/ipc/contract';
import { composeHandlers, type ComposedHandlers } from './test-support/composed-handlers';

const options = {
  includeCitations: true,
  includeNotes: true,
  paper: 'a4',
  orientation: 'landscape',
  classification: '',
  title: 'Briefing',
};
/** As the seed corpus's ontology.json names them. */
const RUSSIA = 'Russia';
const NON_EXPANSION = 'No further NATO expansion';
const NO_VALUE = 'is sent without a value: leave the field out to keep it as it is, or give it one';

/** The requests that broke, and the matrix, each served: the failure messages of those that were not. */
async function readersFailing(dispatch: ComposedHandlers['dispatch']): Promise<string[]> {
  const requests: Array<[RequestName, unknown]> = [
    ['matrix:get', {}],
    ['export:build', { format: 'md', options }],
    ['export:build', { format: 'csv', options }],
    ['print:html', { options }],
    ['vocabulary:get', {}],
    ['vocabulary:suggest', {}],
  ];
  const failing: string[] = [];
  for (const [name, args] of requests) {
    const outcome = await dispatch(name, args);
    if (!outcome.ok) failing.push(outcome.error.message);
  }
  return failing;
}

/** The reply of a request that must be served. */
async function served<N extends RequestName>(
  dispatch: ComposedHandlers['dispatch'],
  name: N,
  args: unknown,
): Promise<RequestReply<N>> {
  const outcome = await dispatch(name, args);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value as RequestReply<N>;
}

async function apply(dispatch: ComposedHandlers['dispatch'], action: unknown) {
  return dispatch('analyst:apply', { action });
}

const storeOf = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, 'analyst.json'), 'utf8')) as {
    analyst: { notes: unknown[]; overrides: unknown[]; ontologyEdits: Array<Record<string, unknown>> };
  };

describe('a vocabulary change with a field sent without a value', () => {
  let composed: ComposedHandlers;
  beforeAll(async () => {
    composed = await composeHandlers('standpoint-no-value-');
    // An override on Russia, so that the briefing and print show its name.
    const override = await apply(composed.dispatch, {
      type: 'override:set',
      party: 'russia',
      demand: 'rollback-1997',
      stance: 'supports',
      rationale: 'because',
    });
    expect(override.ok).toBe(true);
  }, 120_000);
  afterAll(() => composed.close());

  it.each([
    ['party name', { type: 'ontology:edit-party', partyId: 'russia', changes: { name: undefined } }, 'name'],
    [
      'party name, with a field that has one',
      { type: 'ontology:edit-party', partyId: 'russia', changes: { name: undefined, hidden: false } },
      'name',
    ],
    [
      'party aliases',
      { type: 'ontology:edit-party', partyId: 'nato', changes: { aliases: undefined } },
      'aliases',
    ],
    [
      'demand title',
      { type: 'ontology:edit-demand', demandId: 'non-expansion', changes: { title: undefined } },
      'title',
    ],
    [
      'demand phrases',
      { type: 'ontology:edit-demand', demandId: 'non-expansion', changes: { phrases: undefined } },
      'phrases',
    ],
    ['stance cues', { type: 'ontology:edit-cues', changes: { rejects: undefined } }, 'rejects'],
  ])('is refused, naming the field: %s', async (_what, action, field) => {
    const outcome = await apply(composed.dispatch, action);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.message).toContain(`action.changes.${field}: ${NO_VALUE}`);
    expect(outcome.error.fields).toContain(`action.changes.${field}`);
  });

  it('stores nothing, so the matrix, export, print and suggestions are still served', async () => {
    expect(storeOf(composed.dataDir).analyst.ontologyEdits).toEqual([]);
    expect(await readersFailing(composed.dispatch)).toEqual([]);
  });

  it('a field with a value is still a change', async () => {
    const renamed = await apply(composed.dispatch, {
      type: 'ontology:edit-party',
      partyId: 'russia',
      changes: { name: 'Russian Federation' },
    });
    expect(renamed.ok).toBe(true);
    const matrix = await served(composed.dispatch, 'matrix:get', {});
    expect(matrix.parties.find((p) => p.id === 'russia')?.name).toBe('Russian Federation');
    expect(await readersFailing(composed.dispatch)).toEqual([]);
  });
});

describe('a store written after such a change was accepted', () => {
  let dataDir: string;
  let reopened: ComposedHandlers;
  const editIds: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-no-value-old-'));
    const first = await composeHandlers('unused', dataDir);
    for (const action of [
      {
        type: 'note:create',
        target: { kind: 'cell', party: 'russia', demand: 'non-expansion' },
        text: 'kept',
      },
      { type: 'override:set', party: 'russia', demand: 'rollback-1997', stance: 'supports', rationale: 'r' },
      { type: 'ontology:edit-party', partyId: 'russia', changes: { name: 'Russian Federation' } },
      { type: 'ontology:edit-demand', demandId: 'non-expansion', changes: { title: 'No expansion' } },
      { type: 'ontology:add-alias', partyId: 'nato', alias: 'the Alliance' },
    ])
      expect((await apply(first.dispatch, action)).ok).toBe(true);
    await first.close();
    // What the earlier version wrote for `changes: { name: undefined }` merged into the rename, and
    // `{ title: undefined }` into the retitle: JSON leaves the key out, so the edits change nothing.
    const file = path.join(dataDir, 'analyst.json');
    const store = JSON.parse(fs.readFileSync(file, 'utf8')) as ReturnType<typeof storeOf>;
    for (const edit of store.analyst.ontologyEdits)
      if (edit.kind === 'party-edit' || edit.kind === 'demand-edit') {
        edit.changes = {};
        editIds.push(edit.id as string);
      }
    expect(editIds).toHaveLength(2);
    fs.writeFileSync(file, JSON.stringify(store, null, 2));
    reopened = await composeHandlers('unused', dataDir);
  }, 120_000);
  afterAll(async () => {
    await reopened?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens with every record kept and the leftover edits reported, not used', async () => {
    const snapshot = await served(reopened.dispatch, 'analyst:get', {});
    expect(snapshot.data.notes.map((n) => n.text)).toEqual(['kept']);
    expect(snapshot.data.overrides).toHaveLength(1);
    expect(snapshot.data.ontologyEdits.map((e) => e.id)).toEqual(expect.arrayContaining(editIds));
    const notices = snapshot.notices;
    expect(notices.map((n) => n.kind)).not.toContain('corrupt-moved-aside');
    const skipped = notices.filter((n) => n.kind === 'skipped-ontology-edit').map((n) => n.message);
    expect(skipped).toHaveLength(2);
    for (const id of editIds) expect(skipped.join('\n')).toContain(`id ${id}) was skipped because`);
    expect(skipped.join('\n')).toContain('changes nothing');
    // Not reset: the file still holds the analyst's work, leftover edits included.
    const stored = storeOf(dataDir).analyst;
    expect(stored.notes).toHaveLength(1);
    expect(stored.ontologyEdits.map((e) => e.id)).toEqual(expect.arrayContaining(editIds));
  });

  it('serves the matrix, export, print and suggestions with the names of the vocabulary file', async () => {
    expect(await readersFailing(reopened.dispatch)).toEqual([]);
    const matrix = await served(reopened.dispatch, 'matrix:get', {});
    expect(matrix.parties.find((p) => p.id === 'russia')?.name).toBe(RUSSIA);
    expect(matrix.demands.find((d) => d.id === 'non-expansion')?.title).toBe(NON_EXPANSION);
    expect(matrix.parties.find((p) => p.id === 'nato')?.aliases).toContain('the Alliance');
  });
});
