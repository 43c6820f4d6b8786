import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingSnapshot } from '../../../shared/export/changes';
import { openSnapshotStore, SNAPSHOTS_NAME } from './snapshot-store';

const snapshot = (id: string, name: string, createdAt: string): BriefingSnapshot => ({
  id,
  name,
  createdAt,
  stances: { 'russia|non-expansion': 'supports' },
  citations: ['k1'],
  notes: [],
});
const dir = () => mkdtempSync(path.join(tmpdir(), 'standpoint-snapshots-'));
const file = (d: string, suffix = '') => path.join(d, `${SNAPSHOTS_NAME}${suffix}.json`);

describe('briefing snapshot store', () => {
  it('saves to disk with a backup, lists newest first, finds by id or by name', () => {
    const d = dir();
    const store = openSnapshotStore(d);
    expect(store.list()).toEqual([]);
    expect(existsSync(file(d))).toBe(false);
    store.save(snapshot('a', 'Monday brief', '2026-11-20T08:00:00Z'));
    store.save(snapshot('b', 'Monday brief', '2026-11-27T08:00:00Z'));
    expect(readFileSync(file(d), 'utf8')).toBe(readFileSync(file(d, '.backup'), 'utf8'));
    const again = openSnapshotStore(d);
    expect(again.list().map((s) => s.id)).toEqual(['b', 'a']);
    expect(again.get('a')?.createdAt).toBe('2026-11-20T08:00:00Z');
    expect(again.get('Monday brief')?.id).toBe('b');
    expect(again.get('nothing')).toBeUndefined();
  });

  it('moves a corrupt file aside, says where, and goes on from the backup', () => {
    const d = dir();
    openSnapshotStore(d).save(snapshot('a', 'Monday brief', '2026-11-20T08:00:00Z'));
    writeFileSync(file(d), '{ "version": 1, "snapshots": [ {"id": ');
    const store = openSnapshotStore(d, () => new Date('2026-11-23T05:30:00Z'));
    expect(store.list().map((s) => s.id)).toEqual(['a']);
    expect(store.problems()[0]).toMatch(
      /briefing snapshots .* could not be used because it is not valid JSON.*moved aside, unchanged, to .*briefing-snapshots\.corrupt-2026-11-23T05-30-00\.json.*restored from the last good backup/,
    );
    expect(readdirSync(d)).toContain('briefing-snapshots.corrupt-2026-11-23T05-30-00.json');
    // The restored file is good again.
    expect(
      openSnapshotStore(d)
        .list()
        .map((s) => s.id),
    ).toEqual(['a']);
  });
});
