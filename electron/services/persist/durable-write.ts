/**
 * Writes a file so that a success means the bytes are complete on disk: written to a temporary file
 * beside the target (every short write continued, none trusted), flushed with fsync, its size on
 * disk checked against the bytes meant, and only then renamed over the target (and the folder
 * flushed, so the rename itself survives a power cut). Anything short of that throws a
 * NotSavedError and leaves the target exactly as it was. (Reading the bytes back was measured and
 * dropped: after a successful fsync it only re-reads the page cache, and cost 2 ms of the 20 ms a
 * save of 10,000 annotations may take.)
 *
 * Why not the atomic write conf and electron-store use (the `atomically` package): it issues one
 * writeSync and ignores the count it returns, so on a nearly full disk it renames a truncated file
 * over a good one and reports success (issue 12).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file-system calls a durable write makes; tests replace some to inject short writes. */
export interface WriteIo {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  fstatSync: (fd: number) => { size: number };
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
  /** Bytes free for this user on the file system holding `dir`, or null if unknown. */
  freeBytes: (dir: string) => number | null;
}

export const nodeIo: WriteIo = {
  openSync: fs.openSync,
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: fs.fsyncSync,
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
  freeBytes: (dir) => {
    try {
      const stats = fs.statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      return null;
    }
  },
};

/** Marks Standpoint's temporary files, so a later start can recognise (and remove) leftovers. */
export const TEMP_MARK = '.tmp-';

/** `12 KB`, `3.4 MB`: how much room is left, in the words of a file manager. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** A write that did not complete. The target file is unchanged; `message` is for the analyst. */
export class NotSavedError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** True when the cause is a full disk (or quota): worth retrying once space returns. */
    readonly diskFull: boolean,
    readonly freeBytes: number | null,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'NotSavedError';
  }
}

function notSaved(file: string, io: WriteIo, error: unknown, shortBy?: number): NotSavedError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const free = io.freeBytes(path.dirname(file));
  const diskFull = shortBy !== undefined || (code !== undefined && DISK_FULL_CODES.has(code));
  if (diskFull) {
    const room = free === null ? 'free space unknown' : `${formatBytes(free)} free`;
    return new NotSavedError(`Not saved: the disk is full (${room}).`, file, true, free, error);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new NotSavedError(`Not saved: ${file} could not be written (${reason}).`, file, false, free, error);
}

class ShortWrite extends Error {
  constructor(readonly missing: number) {
    super(`the file system accepted ${missing} bytes fewer than were written`);
  }
}

/** Makes the rename itself durable where the platform allows (POSIX); best effort elsewhere. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the file itself was already flushed.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

let counter = 0;

/**
 * Replaces `file` with `data`, or throws NotSavedError leaving `file` untouched and no temporary
 * file behind. Returns the number of bytes written.
 */
export function writeFileDurably(file: string, data: string | Uint8Array, io: WriteIo = nodeIo): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temporary = `${file}${TEMP_MARK}${process.pid}-${Date.now().toString(36)}-${++counter}`;
  let fd: number | undefined;
  let created = false;
  let failure: unknown = null;
  try {
    fd = io.openSync(temporary, 'wx', 0o600);
    created = true;
    let written = 0;
    while (written < bytes.length) {
      const count = io.writeSync(fd, bytes, written, bytes.length - written);
      // A write that makes no progress would loop for ever: the file system is out of room.
      if (count <= 0) throw new ShortWrite(bytes.length - written);
      written += count;
    }
    io.fsyncSync(fd);
    const size = io.fstatSync(fd).size;
    if (size !== bytes.length) throw new ShortWrite(bytes.length - size);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(temporary, file);
    created = false;
  } catch (error) {
    failure = error;
  } finally {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // already failing; the close error adds nothing
      }
    }
    if (created) {
      try {
        io.unlinkSync(temporary);
      } catch {
        // a leftover temporary file is removed at the next start (leftovers.ts)
      }
    }
  }
  // Measured after the temporary file is gone, so the free space reported is what is really left.
  if (failure !== null)
    throw notSaved(file, io, failure, failure instanceof ShortWrite ? failure.missing : undefined);
  syncFolder(path.dirname(file));
  return bytes.length;
}
