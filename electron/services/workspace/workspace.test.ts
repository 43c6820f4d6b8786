import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEffectiveMatrix } from '../../../shared/analyst/effective';
import { MIGRATED_NAME } from './migrate-data-folder';
import { addText, appTracker, prepareText, SHIPPED, tempDir } from './test-support/open-app';

const FIXTURE = path.resolve('electron/services/workspace/test-support/data-folder-0.1.0');
const { open, close, closeAll } = appTracker();
afterEach(closeAll);

describe('a data folder from Standpoint 0.1.0', () => {
  it('opens as a workspace with every note, override, citation, rejection, edit and preference', async () => {
    const dataDir = tempDir('migrate');
    cpSync(FIXTURE, dataDir, { recursive: true });
    const before = readFileSync(path.join(dataDir, 'analyst.json'));
    const old = JSON.parse(before.toString('utf8'));
    const app = await open({ dataDir });
    const ws = await app.services['workspace:get']({});
    expect(ws).toMatchObject({ kind: 'workspace', name: MIGRATED_NAME, readOnly: false, documents: 5 });
    expect(ws.root).toBe(path.join(dataDir, 'workspaces', 'russia-west-2022'));

    const snap = await app.services['analyst:get']({});
    for (const key of ['notes', 'overrides', 'citations', 'rejections', 'ontologyEdits'] as const)
      expect(snap.data[key]).toEqual(old.analyst[key]);
    expect(await app.services['preferences:get']({})).toEqual({ author: 'Ann Analyst', theme: 'dark' });
    // Anchored in the copied documents, not orphaned.
    expect(Object.values(snap.anchors).map((a) => a.status)).toEqual(['anchored', 'anchored']);
    const matrix = await app.services['matrix:get']({});
    const effective = buildEffectiveMatrix(matrix, snap.data, snap.anchors);
    const us = effective.cells.find((c) => c.party === 'united-states' && c.demand === 'non-expansion')!;
    expect(us.override?.rationale).toBe('Blinken said the open door is not negotiable.');
    expect(matrix.parties.find((p) => p.id === 'nato')!.aliases).toContain('the North Atlantic alliance');
    expect(snap.notices.map((n) => n.message).join(' ')).toContain('now lives in the workspace');
    // The old files are left exactly as they were.
    expect(readFileSync(path.join(dataDir, 'analyst.json')).equals(before)).toBe(true);
    await close(app);

    // The next start opens the migrated workspace again, without migrating twice.
    const again = await open({ dataDir });
    expect((await again.services['workspace:get']({})).root).toBe(ws.root);
    expect(readdirSync(path.join(dataDir, 'workspaces'))).toEqual(['russia-west-2022']);
  });
});

describe('workspaces', () => {
  it('starts on the read-only example, creates an empty workspace and reopens it next time', async () => {
    const dataDir = tempDir('ws');
    const app = await open({ dataDir });
    const example = await app.services['workspace:get']({});
    expect(example).toMatchObject({ kind: 'example', readOnly: true, documents: 5 });
    await expect(prepareText(app.services, 'a.txt', 'x')).rejects.toThrow(/read-only/);

    const dir = path.join(tempDir('new'), 'trade dispute');
    const created = await app.services['workspace:create']({
      path: dir,
      name: 'Trade dispute',
      template: 'empty',
    });
    expect(created).toMatchObject({
      kind: 'workspace',
      name: 'Trade dispute',
      documents: 0,
      readOnly: false,
    });
    const matrix = await app.services['matrix:get']({});
    expect(matrix.parties).toEqual([]);
    // The empty template is not the Russia–West ontology: no complaint that its parties are missing.
    expect(matrix.problems.filter((p) => /required/.test(p.message))).toEqual([]);
    await expect(
      app.services['workspace:create']({ path: dir, name: 'Again', template: 'empty' }),
    ).rejects.toThrow(/not empty/);
    await expect(app.services['workspace:open']({ path: SHIPPED + '-nope' })).rejects.toThrow(/no folder/i);
    await close(app);

    const next = await open({ dataDir });
    const info = await next.services['workspace:get']({});
    expect(info.name).toBe('Trade dispute');
    expect(info.recent.map((r) => r.name)).toEqual(['Trade dispute', example.name]);
  });

  it('copies the example into a workspace of its own, with the analyst’s work', async () => {
    const dataDir = tempDir('copy');
    const app = await open({ dataDir });
    await app.services['analyst:apply']({
      action: {
        type: 'note:create',
        target: { kind: 'cell', party: 'nato', demand: 'non-expansion' },
        text: 'Kept in the copy.',
      },
    });
    const dir = path.join(tempDir('copy-target'), 'mine');
    const info = await app.services['workspace:copy']({ path: dir, name: 'My Russia–West' });
    expect(info).toMatchObject({ kind: 'workspace', documents: 5, readOnly: false });
    expect((await app.services['analyst:get']({})).data.notes.map((n) => n.text)).toEqual([
      'Kept in the copy.',
    ]);
    expect(existsSync(path.join(dir, 'documents', 'README.md'))).toBe(false);
  });
});

describe('adding documents', () => {
  const bloomberg = () => readFileSync(path.join(SHIPPED, 'bloomberg-2022-01-13-dead-end.txt'), 'utf8');

  it('refuses the same text twice, naming the document already there', async () => {
    const app = await open({ dataDir: tempDir('dup') });
    await app.services['workspace:copy']({ path: path.join(tempDir('dup-ws'), 'w'), name: 'W' });
    const prepared = await prepareText(app.services, 'dead-end-again.txt', bloomberg());
    expect(prepared.ok && prepared.duplicateOf).toEqual({
      id: 'bloomberg-2022-01-13-dead-end',
      title: 'Russia says US talks at dead end, but still hopes for more',
    });
    if (!prepared.ok) throw new Error(prepared.error);
    const outcome = await app.services['import:add']({
      items: [{ stagedId: prepared.stagedId, meta: prepared.proposed }],
    });
    expect(outcome.added).toEqual([]);
    expect(outcome.refused[0]!.reason).toBe(
      'it has the same text as “Russia says US talks at dead end, but still hopes for more” (bloomberg-2022-01-13-dead-end), already in the workspace',
    );
  });

  it('flags a likely translation, which can be linked as translationOf', async () => {
    const app = await open({ dataDir: tempDir('tr') });
    await app.services['workspace:create']({
      path: path.join(tempDir('tr-ws'), 'w'),
      name: 'W',
      template: 'russia-west',
    });
    const condensed = readFileSync(path.join(SHIPPED, 'izvestia-2022-01-14-condensed.txt'), 'utf8');
    for (const f of [
      'bloomberg-2022-01-13-dead-end',
      'izvestia-2022-01-28-condensed',
      'cnsnews-2022-01-11-no-reason-for-optimism',
    ])
      await addText(app.services, `${f}.txt`, readFileSync(path.join(SHIPPED, `${f}.txt`), 'utf8'));
    const added = await addText(app.services, 'izvestia-condensed.txt', condensed);
    const original = added.added[0]!.id;
    const full = await prepareText(
      app.services,
      'izvestia-full.txt',
      readFileSync(path.join(SHIPPED, 'izvestia-2022-01-14-full-translation.txt'), 'utf8'),
    );
    if (!full.ok) throw new Error(full.error);
    expect(full.resembles.map((r) => [r.id, r.kind])).toEqual([[original, 'translation']]);
    const linked = await app.services['import:add']({
      items: [{ stagedId: full.stagedId, meta: { ...full.proposed, translationOf: original } }],
    });
    const docs = await app.services['documents:list']({});
    expect(docs.documents.find((d) => d.id === linked.added[0]!.id)!.translationOf).toBe(original);
  });
});

describe('the review queue', () => {
  const NATO_OPEN =
    'Brussels, Jan. 20, 2022.\n\nThe alliance expressed its readiness to discuss the 1997 positions.';
  // Derivation v2 weighs the seed's US rejections more than one "readiness to discuss": say it plainly.
  const US_OPEN =
    'Washington, Jan. 21, 2022.\n\nThe United States said it was open to discussing the 1997 positions.';

  it('holds a touched cell’s change for review; accept and dismiss survive a restart, in the history and undoable', async () => {
    const dataDir = tempDir('review');
    let app = await open({ dataDir });
    await app.services['workspace:copy']({ path: path.join(tempDir('review-ws'), 'w'), name: 'W' });
    for (const party of ['nato', 'united-states'])
      await app.services['analyst:apply']({
        action: {
          type: 'note:create',
          target: { kind: 'cell', party, demand: 'rollback-1997' },
          text: `Watch ${party}.`,
        },
      });

    const first = await addText(app.services, 'nato.txt', NATO_OPEN);
    expect(first.suggestions).toBe(1);
    let snap = await app.services['analyst:get']({});
    const [s1] = snap.review!.suggestions;
    expect(s1).toMatchObject({
      party: 'nato',
      demand: 'rollback-1997',
      fromStance: 'rejects',
      toStance: 'unclear',
      reason: 'added',
    });
    expect(s1!.citations.map((c) => c.document)).toEqual([first.added[0]!.id]);
    let matrix = await app.services['matrix:get']({});
    const cell = (party: string) =>
      buildEffectiveMatrix(matrix, snap.data, snap.anchors, snap.review!.suggestions).cells.find(
        (c) => c.party === party && c.demand === 'rollback-1997',
      )!;
    // Not applied silently: the cell keeps the stance the analyst saw, with the change waiting.
    expect(cell('nato').stance).toBe('rejects');
    expect(cell('nato').review?.pending?.id).toBe(s1!.id);

    expect((await addText(app.services, 'us.txt', US_OPEN)).suggestions).toBe(1);
    snap = await app.services['analyst:get']({});
    const s2 = snap.review!.suggestions.find((s) => s.party === 'united-states')!;
    // An untouched cell changing makes no suggestion: only the two noted cells are in the queue.
    expect(snap.review!.suggestions).toHaveLength(2);

    await app.services['analyst:apply']({
      action: { type: 'review:decide', suggestionId: s1!.id, decision: 'accepted' },
    });
    // Saves reply with the change: the undo removes the decision, the redo brings it back.
    const undone = await app.services['analyst:undo']({});
    expect(undone.changes.reviewDecisions?.remove).toHaveLength(1);
    expect((await app.services['analyst:get']({})).data.reviewDecisions ?? []).toEqual([]);
    const redone = await app.services['analyst:redo']({});
    expect(redone.changes.reviewDecisions?.upsert.map((d) => d.suggestionId)).toEqual([s1!.id]);
    await app.services['analyst:apply']({
      action: { type: 'review:decide', suggestionId: s2.id, decision: 'dismissed' },
    });
    await expect(
      app.services['analyst:apply']({
        action: { type: 'review:decide', suggestionId: s2.id, decision: 'accepted' },
      }),
    ).rejects.toThrow(/already been decided/);
    await close(app);

    app = await open({ dataDir });
    snap = await app.services['analyst:get']({});
    matrix = await app.services['matrix:get']({});
    expect(snap.data.reviewDecisions!.map((d) => [d.party, d.decision, d.fromStance, d.toStance])).toEqual([
      ['nato', 'accepted', 'rejects', 'unclear'],
      ['united-states', 'dismissed', 'rejects', 'unclear'],
    ]);
    expect(cell('nato').stance).toBe('unclear');
    expect(cell('united-states').stance).toBe('rejects');
    expect(cell('united-states').review?.pending).toBeNull();
  });

  it('removing a document asks nothing of the queue, withdraws its suggestion and keeps items pointing into it as orphans', async () => {
    const app = await open({ dataDir: tempDir('remove') });
    await app.services['workspace:copy']({ path: path.join(tempDir('remove-ws'), 'w'), name: 'W' });
    await app.services['analyst:apply']({
      action: {
        type: 'note:create',
        target: { kind: 'cell', party: 'nato', demand: 'rollback-1997' },
        text: 'Watch.',
      },
    });
    const added = await addText(app.services, 'nato.txt', NATO_OPEN);
    const id = added.added[0]!.id;
    await app.services['analyst:apply']({
      action: {
        type: 'note:create',
        target: { kind: 'range', range: { document: id, start: 0, end: 8 } },
        text: 'On the dateline.',
      },
    });
    const removed = await app.services['document:remove']({ id });
    expect(removed.orphans).toBe(1);
    expect(existsSync(removed.movedTo)).toBe(true);
    const snap = await app.services['analyst:get']({});
    expect(snap.data.notes.map((n) => n.text)).toEqual(['Watch.', 'On the dateline.']);
    expect(snap.review!.suggestions[0]!.withdrawn).toBe(true);
    const list = await app.services['documents:list']({});
    expect(list.orphans.map((o) => o.why)).toEqual([`its document ${id} was removed`]);
  });
});
