/**
 * One Standpoint at a time per data folder: the desktop app and browser mode keep the analyst's
 * work in memory and write it whole, so two of them on one folder would overwrite each other.
 * A lock file names the owning process; a lock left by a process that is gone is taken over.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'standpoint.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by another Standpoint (process ${pid}). ` +
        'Close that one first, or choose another folder (--data DIR or STANDPOINT_DATA_DIR).',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  try {
    const pid = (JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) ? pid : null;
  } catch {
    return null; // unreadable or half-written: treat as stale
  }
}

export function acquireDataDirLock(dir: string): { release(): void } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  try {
    writeFileSync(file, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = ownerOf(file);
    if (owner !== null && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dir, owner);
    writeFileSync(file, content); // stale lock of a process that is gone
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (ownerOf(file) === process.pid) {
      try {
        unlinkSync(file);
      } catch {
        // already gone: nothing to release
      }
    }
  };
  process.on('exit', release);
  return { release };
}
