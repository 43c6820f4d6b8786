/**
 * One Standpoint at a time per data folder: the desktop app and browser mode keep the analyst's
 * work in memory and write it whole, so two of them on one folder would overwrite each other.
 * A lock file names the owning process and when it started. A lock is taken over when its process
 * is gone, or when its process id now belongs to a process that started later (ids are reused
 * after a reboot or a crash): otherwise a stale lock would refuse the folder for ever.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'standpoint.lock';

/** Two start times this close apart are one process (clock ticks and rounding). */
const SAME_PROCESS_MS = 1_500;

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    started: number | null,
  ) {
    const since = started
      ? `, started ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : '';
    super(
      `The data folder ${dir} is in use by another Standpoint (process ${pid}${since}). ` +
        'Close that one first, or choose another folder (--data DIR or STANDPOINT_DATA_DIR). ' +
        `If no other Standpoint is running, the lock is left over: delete ${path.join(dir, LOCK_FILE)} and start again.`,
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

let bootTime: number | null | undefined;
let ticksPerSecond: number | undefined;

/**
 * When process `pid` started (ms since the epoch), or null where that cannot be found out. Linux:
 * /proc/<pid>/stat (field 22, clock ticks since boot) and the boot time in /proc/stat; macOS and
 * other Unixes: `ps -o lstart=`; Windows: unknown (a live process id then counts as in use).
 */
export function processStartTime(pid: number): number | null {
  try {
    if (process.platform === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[19]);
      bootTime ??= Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]) * 1000 || null;
      ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
      return bootTime && Number.isFinite(ticks) ? bootTime + (ticks * 1000) / ticksPerSecond : null;
    }
    if (process.platform === 'win32') return null;
    const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const time = Date.parse(started);
    return Number.isFinite(time) ? time : null;
  } catch {
    return null;
  }
}

interface LockContent {
  pid: number;
  /** When the owning process started (ms), to tell it from a later process given the same id. */
  started: number | null;
  /** When the lock was written (ms): a process that started after it cannot have written it. */
  written: number;
}

function readLock(file: string): LockContent | null {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; started?: unknown };
    if (typeof raw.pid !== 'number' || !Number.isInteger(raw.pid)) return null;
    const started = typeof raw.started === 'number' && Number.isFinite(raw.started) ? raw.started : null;
    return { pid: raw.pid, started, written: statSync(file).mtimeMs };
  } catch {
    return null; // unreadable or half-written: treat as stale
  }
}

/** Whether the process that wrote the lock is still running (not merely its id). */
function ownerRunning(lock: LockContent): boolean {
  if (!isAlive(lock.pid)) return false;
  const actual = processStartTime(lock.pid);
  if (actual === null) return true; // cannot tell: assume it is the owner, and say how to clear it
  if (lock.started !== null) return Math.abs(actual - lock.started) < SAME_PROCESS_MS;
  return actual <= lock.written + SAME_PROCESS_MS;
}

export function acquireDataDirLock(dir: string): { release(): void } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const started = processStartTime(process.pid) ?? Math.round(Date.now() - process.uptime() * 1000);
  const content = JSON.stringify({ pid: process.pid, started, since: new Date().toISOString() });
  try {
    writeFileSync(file, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = readLock(file);
    if (owner !== null && owner.pid !== process.pid && ownerRunning(owner))
      throw new DataDirInUseError(dir, owner.pid, owner.started);
    writeFileSync(file, content); // stale: its process is gone, or its id now names another
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readLock(file)?.pid === process.pid) {
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
