import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANALYST_SCHEMA_VERSION, MIGRATED_AUTHOR } from '../../../shared/analyst/migrate';
import { openTestService, tempDir } from './test-support/fixtures';

let dir: string;
const file = () => path.join(dir, 'analyst.json');
const backup = () => path.join(dir, 'analyst.backup.json');
const aside = () => path.join(dir, 'analyst.corrupt-2026-11-23T05-30-00.json');
const note = {
  type: 'note:create',
  target: { kind: 'cell', party: 'nato', demand: 'eu' },
  text: 'Keep me.',
} as const;

beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function withOneNote() {
  const service = openTestService(dir);
  service.apply(note);
  return service;
}

describe('a corrupt or hand-edited store file', () => {
  it('is moved aside unchanged, the rolling backup restored, and the user told where it went', () => {
    withOneNote();
    const garbage = Buffer.from('{"analyst": {"schemaVersion": 2, "notes": [ truncated');
    fs.writeFileSync(file(), garbage);

    const snapshot = openTestService(dir).get();
    expect(fs.readFileSync(aside())).toEqual(garbage);
    expect(snapshot.data.notes.map((n) => n.text)).toEqual(['Keep me.']);
    expect(snapshot.notices).toHaveLength(1);
    const [notice] = snapshot.notices;
    expect(notice).toMatchObject({ kind: 'corrupt-moved-aside', backupPath: aside() });
    expect(notice!.message).toContain(aside());
    expect(notice!.message).toContain('not valid JSON');
    expect(notice!.message).toContain('restored from the last good backup');
  });

  it('starts empty when there is no good backup, still keeping the bytes and saying so', () => {
    withOneNote();
    fs.rmSync(backup());
    const handEdited = JSON.stringify({ analyst: { schemaVersion: 2, notes: [{ id: 1, text: 42 }] } });
    fs.writeFileSync(file(), handEdited);

    const snapshot = openTestService(dir).get();
    expect(fs.readFileSync(aside(), 'utf8')).toBe(handEdited);
    expect(snapshot.data.notes).toEqual([]);
    expect(snapshot.notices[0]!.message).toMatch(
      /content is not valid: Analyst data \(version 2\) is invalid: notes\.0\.id/,
    );
    expect(snapshot.notices[0]!.message).toContain('empty analyst store');
  });

  it('refuses data from a newer version rather than misreading it', () => {
    fs.writeFileSync(file(), JSON.stringify({ analyst: { schemaVersion: 9 } }));
    const snapshot = openTestService(dir).get();
    expect(snapshot.notices[0]!.message).toContain('version 9, newer than this app understands');
    expect(fs.existsSync(aside())).toBe(true);
  });

  it('keeps the notice in every snapshot, across restarts, until dismissed', () => {
    withOneNote();
    fs.writeFileSync(file(), 'not json');
    const service = openTestService(dir);
    service.apply({ type: 'note:update', id: service.data().notes[0]!.id, text: 'Still here.' });
    expect(service.get().notices).toHaveLength(1);
    expect(openTestService(dir).get().notices).toHaveLength(1);
    expect(service.dismissNotices().notices).toEqual([]);
    expect(openTestService(dir).get().notices).toEqual([]);
  });

  it('gives a second corruption on the same second its own backup name', () => {
    withOneNote();
    fs.writeFileSync(file(), 'broken once');
    openTestService(dir);
    fs.writeFileSync(file(), 'broken twice');
    openTestService(dir);
    expect(fs.readFileSync(aside(), 'utf8')).toBe('broken once');
    expect(fs.readFileSync(aside().replace('.json', '-2.json'), 'utf8')).toBe('broken twice');
  });

  it('restores a missing store file from the rolling backup', () => {
    withOneNote();
    fs.rmSync(file());
    const snapshot = openTestService(dir).get();
    expect(snapshot.data.notes).toHaveLength(1);
    expect(snapshot.notices[0]).toMatchObject({ kind: 'restored-from-backup', backupPath: backup() });
  });

  it('keeps the rolling backup equal to the last good store', () => {
    const service = withOneNote();
    service.apply({
      type: 'override:set',
      party: 'nato',
      demand: 'eu',
      stance: 'rejects',
      rationale: 'Because.',
    });
    expect(fs.readFileSync(backup(), 'utf8')).toBe(fs.readFileSync(file(), 'utf8'));
  });
});

describe('a store whose backup is bad too', () => {
  const backupAside = () => path.join(dir, 'analyst.backup.corrupt-2026-11-23T05-30-00.json');

  it('moves both aside, unchanged, and never writes over either', () => {
    withOneNote();
    const storeBytes = Buffer.from('{"analyst": {"schemaVersion": 2, "notes": [ trunc');
    const backupBytes = Buffer.from('{"analyst": {"schemaVer');
    fs.writeFileSync(file(), storeBytes);
    fs.writeFileSync(backup(), backupBytes);

    const service = openTestService(dir);
    service.apply(note); // the next save must not land on either file's bytes
    expect(fs.readFileSync(aside())).toEqual(storeBytes);
    expect(fs.readFileSync(backupAside())).toEqual(backupBytes);
    const [notice] = service.get().notices;
    expect(notice!.message).toContain(aside());
    expect(notice!.message).toContain(backupAside());
    expect(notice!.message).toContain('empty analyst store');
  });

  it('moves a bad backup aside when the store itself is missing', () => {
    withOneNote();
    fs.rmSync(file());
    const backupBytes = Buffer.from('not json at all');
    fs.writeFileSync(backup(), backupBytes);
    const service = openTestService(dir);
    service.apply(note);
    expect(fs.readFileSync(backupAside())).toEqual(backupBytes);
    expect(service.get().notices[0]!.message).toContain(backupAside());
  });
});

describe('a store file that is not valid UTF-8', () => {
  it('is treated as corrupt: moved aside byte for byte, never decoded and saved over', () => {
    withOneNote();
    const good = fs.readFileSync(file());
    // A Latin-1 "é" (0xE9) inside a note: lenient decoding would turn it into U+FFFD.
    const bad = Buffer.concat([
      good.subarray(0, good.indexOf('Keep me.')),
      Buffer.from([0xe9]),
      good.subarray(good.indexOf('Keep me.')),
    ]);
    fs.writeFileSync(file(), bad);

    const snapshot = openTestService(dir).get();
    expect(fs.readFileSync(aside())).toEqual(bad);
    expect(snapshot.notices[0]!.message).toContain('not valid UTF-8');
    expect(snapshot.data.notes.map((n) => n.text)).toEqual(['Keep me.']); // from the backup
    expect(fs.readFileSync(file()).includes(Buffer.from('\uFFFD'))).toBe(false);
  });
});

describe('temporary files left by a crash', () => {
  it('are removed at the next start, and nothing else is', async () => {
    const { removeLeftoverTempFiles } = await import('../persist/leftovers');
    withOneNote();
    const leftovers = [
      'analyst.json.tmp-1763875800123abcdef', // atomically (conf, electron-store) before issue 12
      'analyst.json.tmp-4242-m3k2-7', // Standpoint's own durable write
      'analyst.backup.json.4242.tmp', // an older copy
    ];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), '{"half":');
    const kept = ['analyst.corrupt-2026-11-23T05-30-00.json', 'notes.tmp-readme.txt'];
    for (const name of kept) fs.writeFileSync(path.join(dir, name), 'keep');
    const removed = removeLeftoverTempFiles([dir]);
    expect(removed.map((f) => path.basename(f)).sort()).toEqual([...leftovers].sort());
    expect(fs.readdirSync(dir).sort()).toEqual(['analyst.backup.json', 'analyst.json', ...kept].sort());
  });
});

describe('migration from version 1', () => {
  const v1 = {
    analyst: {
      schemaVersion: 1,
      annotations: [
        {
          id: 'a1',
          party: 'russia',
          demand: 'non-expansion',
          text: 'Core demand.',
          createdAt: '2025-01-02T03:04:05.000Z',
        },
      ],
      overrides: [
        {
          id: 'o1',
          party: 'nato',
          demand: 'rollback-1997',
          stance: 'rejects',
          rationale: 'Summit communiqué.',
          createdAt: '2025-01-03T00:00:00.000Z',
        },
      ],
    },
    preferences: { author: 'Ada', theme: 'dark' },
  };

  it('upgrades the data, keeps the old file and says so once', () => {
    const original = JSON.stringify(v1, null, '\t');
    fs.writeFileSync(file(), original);
    const snapshot = openTestService(dir).get();

    expect(snapshot.data).toEqual({
      schemaVersion: ANALYST_SCHEMA_VERSION,
      notes: [
        {
          id: 'a1',
          author: MIGRATED_AUTHOR,
          createdAt: '2025-01-02T03:04:05.000Z',
          updatedAt: '2025-01-02T03:04:05.000Z',
          target: { kind: 'cell', party: 'russia', demand: 'non-expansion' },
          text: 'Core demand.',
        },
      ],
      overrides: [
        {
          id: 'o1',
          author: MIGRATED_AUTHOR,
          createdAt: '2025-01-03T00:00:00.000Z',
          updatedAt: '2025-01-03T00:00:00.000Z',
          party: 'nato',
          demand: 'rollback-1997',
          stance: 'rejects',
          rationale: 'Summit communiqué.',
        },
      ],
      citations: [],
      rejections: [],
      ontologyEdits: [],
    });
    const kept = path.join(dir, 'analyst.v1-2026-11-23T05-30-01.json');
    expect(fs.readFileSync(kept, 'utf8')).toBe(original);
    expect(snapshot.notices).toEqual([expect.objectContaining({ kind: 'migrated', backupPath: kept })]);

    const stored = JSON.parse(fs.readFileSync(file(), 'utf8')) as { analyst: { schemaVersion: number } };
    expect(stored.analyst.schemaVersion).toBe(ANALYST_SCHEMA_VERSION);
    const again = openTestService(dir);
    expect(again.get().data).toEqual(snapshot.data);
    expect(again.get().notices).toHaveLength(1);
    expect(again.preferences.get()).toEqual({ author: 'Ada', theme: 'dark' });
  });
});
