/**
 * Every file a workspace and the app write gets the analyst store's protection (persist/): writes
 * verified on disk, a full disk said plainly and nothing lost, a broken file moved aside and its
 * backup restored, temporary files left by a crash removed under the lock. Real files in temp
 * folders; the full disk is persist's limitedDisk, the real file calls with a set amount of room.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../../../shared/ipc/contract';
import { limitedDisk } from '../persist/test-support/limited-disk';
import { openReviewService } from '../review/review-service';
import { openAppState } from './app-state';
import { addText, appTracker, prepareText, tempDir } from './test-support/open-app';

const { open, close, closeAll } = appTracker();
afterEach(closeAll);

const ROOMY = 1_000_000_000;
const suggestion = {
  party: 'nato',
  demand: 'rollback-1997',
  fromStance: 'rejects' as const,
  toStance: 'unclear' as const,
  documents: [{ id: 'doc', title: 'Doc' }],
  citations: [],
  reason: 'added' as const,
  withdrawn: false,
};

describe('the app’s preferences and recent list', () => {
  it('refuses a preference change a full disk cannot save, saying so, and changes nothing', () => {
    const dir = tempDir('prefs-full');
    const disk = limitedDisk(ROOMY);
    const app = openAppState(dir, { io: disk.io });
    app.setPreferences({ author: 'Ann' });
    disk.room = 0;
    expect(() => app.setPreferences({ author: 'Bob' })).toThrow(RequestError);
    expect(() => app.setPreferences({ author: 'Bob' })).toThrow(
      /^Not saved: the disk is full \(0 bytes free\)\.$/,
    );
    expect(app.preferences().author).toBe('Ann');
    expect(JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8')).preferences.author).toBe(
      'Ann',
    );
    // The recent list is a convenience: opening a workspace goes on, and it is written once there is room.
    app.opened({ root: '/tmp/w', name: 'W' });
    expect(app.recent().map((r) => r.name)).toEqual(['W']);
    disk.room = ROOMY;
    app.opened({ root: '/tmp/v', name: 'V' });
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'workspaces.json'), 'utf8'));
    expect(onDisk.recent.map((r: { name: string }) => r.name)).toEqual(['V', 'W']);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('moves a broken preferences file aside and restores the last good backup, saying where', () => {
    const dir = tempDir('prefs-corrupt');
    openAppState(dir).setPreferences({ author: 'Ann', theme: 'dark' });
    writeFileSync(path.join(dir, 'preferences.json'), '{"preferences": {"author": "Ann", "th');
    const app = openAppState(dir);
    expect(app.preferences()).toEqual({ author: 'Ann', theme: 'dark' });
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.message).toMatch(
      /preferences file .* could not be used because it is not valid JSON/,
    );
    const aside = readdirSync(dir).filter((f) => f.startsWith('preferences.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe('{"preferences": {"author": "Ann", "th');
  });
});

describe('the review queue', () => {
  it('keeps suggestions a full disk kept from saving, says so, and saves them once there is room', () => {
    const dir = tempDir('review-full');
    const disk = limitedDisk(ROOMY);
    const review = openReviewService({ dir, io: disk.io, retryMs: 60_000 });
    review.record([suggestion]);
    disk.room = 10;
    const [second] = review.record([{ ...suggestion, party: 'russia' }]);
    expect(review.suggestions()).toHaveLength(2);
    expect(review.unsaved()).toMatch(
      /^Not saved: the disk is full \(0 bytes free\)\. The review queue is kept/,
    );
    const onDisk = () => JSON.parse(readFileSync(path.join(dir, 'review.json'), 'utf8')).suggestions;
    expect(onDisk()).toHaveLength(1);
    disk.room = ROOMY;
    expect(review.unsaved()).toBeNull();
    expect(onDisk().map((s: { id: string }) => s.id)).toContain(second!.id);
    review.close();
  });

  it('restores the backup in place of a broken review.json and keeps the broken file', () => {
    const dir = tempDir('review-corrupt');
    const first = openReviewService({ dir });
    first.record([suggestion]);
    first.close();
    writeFileSync(path.join(dir, 'review.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const again = openReviewService({ dir });
    expect(again.suggestions().map((s) => s.party)).toEqual(['nato']);
    expect(again.notices[0]!.message).toMatch(/review queue .* is not valid UTF-8 text/);
    expect(readdirSync(dir).some((f) => f.startsWith('review.corrupt-'))).toBe(true);
    again.close();
  });
});

describe('a workspace’s own files', () => {
  it('puts corpus.json and workspace.json right from their backups when it opens, and clears leftover temporary files', async () => {
    const dataDir = tempDir('files');
    const dir = path.join(tempDir('files-ws'), 'w');
    let app = await open({ dataDir });
    await app.services['workspace:create']({ path: dir, name: 'Files', template: 'russia-west' });
    const added = await addText(app.services, 'a.txt', 'Moscow, Feb. 2, 2022.\n\nNATO said the talks go on.');
    await close(app);
    for (const name of ['workspace.backup.json', 'ontology.backup.json', 'documents/corpus.backup.json'])
      expect(existsSync(path.join(dir, name)), name).toBe(true);

    writeFileSync(path.join(dir, 'documents', 'corpus.json'), '{"documents": [');
    writeFileSync(path.join(dir, 'workspace.json'), '');
    const leftover = path.join(dir, 'documents', `${added.added[0]!.id}.txt.tmp-4242-m0abc-1`);
    writeFileSync(leftover, 'half a text');

    app = await open({ dataDir, workspaceDir: dir });
    const info = await app.services['workspace:get']({});
    expect(info).toMatchObject({ name: 'Files', documents: 1 });
    const list = await app.services['documents:list']({});
    expect(list.documents.map((d) => d.title)).toEqual([added.added[0]!.title]);
    const notices = (await app.services['analyst:get']({})).notices.map((n) => n.message).join('\n');
    expect(notices).toMatch(/document list .*corpus\.json could not be used because it is not valid JSON/);
    expect(notices).toMatch(/workspace file .*workspace\.json could not be used/);
    expect(existsSync(leftover)).toBe(false);
    expect(
      readdirSync(path.join(dir, 'documents')).filter((f) => f.startsWith('corpus.corrupt-')),
    ).toHaveLength(1);
  });

  it('adds no half a document on a full disk: the files it wrote are removed, and the same file can be added once there is room', async () => {
    const disk = limitedDisk(ROOMY);
    const app = await open({ dataDir: tempDir('add-full'), io: disk.io });
    const dir = path.join(tempDir('add-full-ws'), 'w');
    await app.services['workspace:create']({ path: dir, name: 'W', template: 'russia-west' });
    const corpusBefore = readFileSync(path.join(dir, 'documents', 'corpus.json'), 'utf8');
    const prepared = await prepareText(
      app.services,
      'talks.txt',
      `Moscow, Feb. 2, 2022.\n\n${'NATO said the talks go on. '.repeat(200)}`,
    );
    if (!prepared.ok) throw new Error(prepared.error);
    const item = { stagedId: prepared.stagedId, meta: prepared.proposed };
    // Room for the text (ASCII: one byte a character), not for the original beside it.
    disk.room = prepared.characters + 100;
    await expect(app.services['import:add']({ items: [item] })).rejects.toThrow(
      /^Not saved: the disk is full/,
    );
    // The text was written whole and the original cut short: both are gone again.
    expect([disk.room, disk.shortWrites]).toEqual([0, 1]);
    expect(readdirSync(path.join(dir, 'documents')).filter((f) => f.endsWith('.txt'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'originals'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'documents', 'corpus.json'), 'utf8')).toBe(corpusBefore);
    expect((await app.services['documents:list']({})).documents).toEqual([]);
    disk.room = ROOMY;
    const added = await app.services['import:add']({ items: [item] });
    expect(added.added.map((a) => a.title)).toEqual([prepared.proposed.title]);
    expect((await app.services['documents:list']({})).documents).toHaveLength(1);
  });

  it('will not close a workspace whose work a full disk kept in memory', async () => {
    const disk = limitedDisk(ROOMY);
    const app = await open({ dataDir: tempDir('switch'), io: disk.io });
    const dir = path.join(tempDir('switch-ws'), 'w');
    await app.services['workspace:create']({
      path: dir,
      name: 'W',
      template: 'russia-west',
    });
    disk.room = 0;
    const change = await app.services['analyst:apply']({
      action: {
        type: 'note:create',
        target: { kind: 'cell', party: 'nato', demand: 'rollback-1997' },
        text: 'Keep me.',
      },
    });
    expect(change.save.saved).toBe(false);
    await expect(app.services['workspace:open']({ example: true })).rejects.toThrow(
      /^Not saved: the disk is full .* Free some space .*then open the other workspace\.$/,
    );
    expect((await app.services['workspace:get']({})).name).toBe('W');
    disk.room = ROOMY;
    await app.services['workspace:open']({ example: true });
    expect((await app.services['workspace:get']({})).kind).toBe('example');
    await app.services['workspace:open']({ path: dir });
    const notes = (await app.services['analyst:get']({})).data.notes.map((n) => n.text);
    expect(notes).toEqual(['Keep me.']);
  });
});
