import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError, LOCK_FILE, processStartTime } from './data-dir-lock';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'standpoint-lock-'));

describe('acquireDataDirLock', () => {
  it('takes the folder, names the owner, and lets go on release', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder held by another live process, naming it', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid }));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`process ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone, or a garbled one', async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: gone.pid }));
    acquireDataDirLock(dir).release();
    writeFileSync(path.join(dir, LOCK_FILE), '{ not json');
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('says how to clear the lock, should that process not be a Standpoint', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      const started = processStartTime(other.pid!);
      writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, started }));
      expect(() => acquireDataDirLock(dir)).toThrow(
        `If no other Standpoint is running, the lock is left over: delete ${path.join(dir, LOCK_FILE)} and start again.`,
      );
    } finally {
      other.kill();
    }
  });

  describe('on POSIX process ids', () => {
    // prettier-ignore
    beforeEach((ctx) => ctx.skip(process.platform === 'win32', 'needs POSIX process ids and file permissions, so it skips on Windows (check: node -p process.platform)'));
    it('takes over a lock whose process id now belongs to another, later process', async () => {
      const dir = tempDir();
      // The lock was written an hour ago by a process that has since gone; its id was given to a new one.
      const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        await new Promise((resolve) => other.once('spawn', resolve));
        const anHourAgo = new Date(Date.now() - 3_600_000);
        const file = path.join(dir, LOCK_FILE);
        writeFileSync(
          file,
          JSON.stringify({
            pid: other.pid,
            started: anHourAgo.getTime() - 5_000,
            since: anHourAgo.toISOString(),
          }),
        );
        utimesSync(file, anHourAgo, anHourAgo);
        const lock = acquireDataDirLock(dir);
        const taken = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; started: number };
        expect(taken.pid).toBe(process.pid);
        expect(Math.abs(taken.started - (Date.now() - process.uptime() * 1000))).toBeLessThan(2_000);
        lock.release();

        // A lock from before start times were recorded: judged by when it was written.
        writeFileSync(file, JSON.stringify({ pid: other.pid }));
        utimesSync(file, anHourAgo, anHourAgo);
        acquireDataDirLock(dir).release();
      } finally {
        other.kill();
      }
    });
  });
});
