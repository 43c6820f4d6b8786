/** A store file changed by someone else while Standpoint has it open is kept, never silently lost. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestService, tempDir } from './test-support/fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a store file changed outside Standpoint', () => {
  it('is copied aside before the next save, and the analyst is told where', () => {
    const dir = tempDir();
    dirs.push(dir);
    const service = openTestService(dir);
    service.apply({
      type: 'note:create',
      target: { kind: 'cell', party: 'nato', demand: 'eu' },
      text: 'mine',
    });

    // Someone edits the file by hand while the app is open.
    const edited = JSON.parse(fs.readFileSync(service.storePath, 'utf8'));
    edited.analyst.notes[0].text = 'edited by hand';
    fs.writeFileSync(service.storePath, JSON.stringify(edited));

    const snapshot = service.apply({
      type: 'override:set',
      party: 'nato',
      demand: 'eu',
      stance: 'open',
      rationale: 'r',
    });
    const notice = snapshot.notices.find((n) => n.kind === 'changed-outside');
    expect(notice?.message).toContain('changed outside Standpoint');
    expect(notice?.backupPath).toBeTruthy();
    const kept = JSON.parse(fs.readFileSync(notice!.backupPath!, 'utf8'));
    expect(kept.analyst.notes[0].text).toBe('edited by hand');
    expect(path.dirname(notice!.backupPath!)).toBe(dir);

    // The app's own state was saved, and the notice survives a restart until dismissed.
    const saved = JSON.parse(fs.readFileSync(service.storePath, 'utf8'));
    expect(saved.analyst.notes[0].text).toBe('mine');
    expect(saved.analyst.overrides).toHaveLength(1);
    expect(
      openTestService(dir)
        .get()
        .notices.map((n) => n.kind),
    ).toContain('changed-outside');
  });

  it('is not flagged when only Standpoint wrote the file', () => {
    const dir = tempDir();
    dirs.push(dir);
    const service = openTestService(dir);
    service.apply({ type: 'note:create', target: { kind: 'cell', party: 'nato', demand: 'eu' }, text: 'a' });
    service.preferences.set({ author: 'Ann' });
    const last = service.apply({
      type: 'note:create',
      target: { kind: 'cell', party: 'nato', demand: 'eu' },
      text: 'b',
    });
    expect(last.notices).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.includes('changed-outside'))).toEqual([]);
  });
});
