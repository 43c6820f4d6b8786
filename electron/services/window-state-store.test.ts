/**
 * window-state.json gets the analyst store's protection: a broken file never stops the app
 * (it is moved aside and the window opens at its default size), writes are durable, a full disk
 * is logged and never throws, and the file lives in the data folder it is given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limitedDisk } from './persist/test-support/limited-disk';
import { openWindowStateStore } from './window-state-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-window-'));
  dirs.push(dir);
  return dir;
};
const bounds = { x: 10, y: 20, width: 1200, height: 800, maximized: false };

describe('the window state store', () => {
  it('remembers the bounds in <dir>/window-state.json, with a backup', () => {
    const dir = tempDir();
    openWindowStateStore(dir).save(bounds);
    expect(openWindowStateStore(dir).bounds()).toEqual(bounds);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.backup.json'), 'utf8'))).toEqual({
      bounds,
    });
  });

  it.each([
    ['truncated', '{"bounds": {"x": 10, "wid'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
    ['not an object', '[1, 2]'],
  ])('moves a %s file aside instead of failing, and starts from the backup', (_what, bytes) => {
    const dir = tempDir();
    openWindowStateStore(dir).save(bounds);
    fs.writeFileSync(path.join(dir, 'window-state.json'), bytes);
    const logged: string[] = [];
    const store = openWindowStateStore(dir, {
      log: (m) => logged.push(m),
      now: new Date('2026-11-23T05:30:00Z'),
    });
    expect(store.bounds()).toEqual(bounds);
    expect(fs.readFileSync(path.join(dir, 'window-state.corrupt-2026-11-23T05-30-00.json'))).toEqual(
      Buffer.from(bytes),
    );
    expect(logged.join('\n')).toContain('window state');
  });

  it('logs a save the disk cannot take, and keeps the last good file', () => {
    const dir = tempDir();
    const disk = limitedDisk(Infinity);
    const logged: string[] = [];
    const store = openWindowStateStore(dir, { io: disk.io, log: (m) => logged.push(m) });
    store.save(bounds);
    disk.room = 10;
    expect(() => store.save({ ...bounds, width: 900 })).not.toThrow();
    expect(logged.join('\n')).toMatch(/Not saved: the disk is full/);
    expect(openWindowStateStore(dir).bounds()).toEqual(bounds);
  });
});
