/**
 * A full disk never costs the analyst acknowledged work: the save that does not fit changes
 * neither the store nor its backup, the analyst is told "Not saved: the disk is full (… free)",
 * the work stays in memory, and it is saved by itself once space returns — no restart.
 * The disk here is the real file system with its room counted (limited-disk.ts); the tmpfs test
 * beside this one runs the same story on a real full file system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { limitedDisk } from '../persist/test-support/limited-disk';
import { openTestService, tempDir } from './test-support/fixtures';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const note = (text: string) =>
  ({ type: 'note:create', target: { kind: 'cell', party: 'nato', demand: 'eu' }, text }) as const;
const storeFile = () => path.join(dir, 'analyst.json');
const backupFile = () => path.join(dir, 'analyst.backup.json');
const notesOnDisk = (file = storeFile()) =>
  (
    JSON.parse(fs.readFileSync(file, 'utf8')) as { analyst: { notes: Array<{ text: string }> } }
  ).analyst.notes.map((n) => n.text);

describe('a save on a full disk', () => {
  it.each([0, 1, 100, 0.5, 0.99])(
    'with room for %s (bytes, or a share of the file) changes nothing on disk, keeps the work and saves it once space returns',
    async (room) => {
      const disk = limitedDisk(Infinity);
      const service = openTestService(dir, { io: disk.io, retryMs: 10 });
      for (const text of ['one', 'two', 'three']) expect(service.apply(note(text)).save.saved).toBe(true);
      const store = fs.readFileSync(storeFile());
      const backup = fs.readFileSync(backupFile());

      disk.room = room < 1 && room > 0 ? Math.floor(store.length * room) : room;
      const change = service.apply(note('four'));
      expect(change.save.saved).toBe(false);
      expect(change.save.message).toMatch(
        /^Not saved: the disk is full \(\d+(\.\d)? (bytes?|KB) free\)\. Your work is kept in Standpoint and will be saved as soon as there is space/,
      );
      expect(change.changes.notes?.upsert.map((n) => n.text)).toEqual(['four']);
      // More work while the disk is full is kept too, and undo still works on it.
      service.apply(note('five'));
      service.undo();
      service.redo();
      expect(service.data().notes.map((n) => n.text)).toEqual(['one', 'two', 'three', 'four', 'five']);
      expect(fs.readFileSync(storeFile())).toEqual(store);
      expect(fs.readFileSync(backupFile())).toEqual(backup);
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
      expect(service.get().save.saved).toBe(false);

      disk.room = Infinity;
      await vi.waitFor(() => expect(service.saveStatus().save).toEqual({ saved: true, message: null }));
      expect(notesOnDisk()).toEqual(['one', 'two', 'three', 'four', 'five']);
      expect(notesOnDisk(backupFile())).toEqual(['one', 'two', 'three', 'four', 'five']);
      service.close();
      expect(
        openTestService(dir)
          .data()
          .notes.map((n) => n.text),
      ).toEqual(['one', 'two', 'three', 'four', 'five']);
    },
  );

  it('keeps a preference set while the disk is full, and saves it with the rest', async () => {
    const disk = limitedDisk(Infinity);
    const service = openTestService(dir, { io: disk.io, retryMs: 10 });
    service.apply(note('one'));
    disk.room = 0;
    expect(service.preferences.set({ author: 'Ada' })).toEqual({ author: 'Ada', theme: 'system' });
    expect(service.saveStatus().save.saved).toBe(false);
    disk.room = Infinity;
    expect(service.saveStatus().save.saved).toBe(true); // asking tries again at once
    expect(openTestService(dir).preferences.get().author).toBe('Ada');
    service.close();
  });

  it('stops retrying once closed, after one last try', () => {
    const disk = limitedDisk(Infinity);
    const service = openTestService(dir, { io: disk.io, retryMs: 10 });
    disk.room = 0;
    service.apply(note('late'));
    disk.room = Infinity;
    service.close();
    expect(notesOnDisk()).toEqual(['late']);
  });
});
