/**
 * A JSON store file Standpoint owns (the analyst store, the window state), guarded on the way in
 * and on the way out.
 *
 * In: before anything reads it, a file that is not valid UTF-8, JSON or content is never cleared —
 * its bytes are moved aside as a dated copy, the last good rolling backup is put in its place when
 * there is one (a backup that is bad too is moved aside as well, never written over), and a notice
 * naming every moved file is returned so the analyst is told where their data went.
 *
 * Out: every write goes through writeFileDurably (complete on disk and read back, or nothing
 * changes), and the rolling backup is refreshed only from a file that was just verified.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { storeNoticeSchema } from '../../../shared/ipc/schemas';
import { TEMP_MARK, writeFileDurably, type WriteIo } from './durable-write';
import { serializeStore } from './serialize';

export type StoreNotice = z.output<typeof storeNoticeSchema>;

/** Returns the checked content, or throws an Error whose message says what is wrong with it. */
export type ParseContent<T> = (content: unknown) => T;

/** What is in the store file once prepared: its checked content, or undefined for a fresh store. */
export interface PreparedStore<T> {
  content: T | undefined;
  notices: StoreNotice[];
}

export const storeFilePath = (dir: string, name: string) => path.join(dir, `${name}.json`);
export const rollingBackupPath = (dir: string, name: string) => path.join(dir, `${name}.backup.json`);

/** `2026-11-23T05-30-00`: sortable, and legal in file names on every platform. */
export function fileStamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** A path in `dir` for `<name>.<label>-<stamp>.json` that does not exist yet. */
export function datedPath(dir: string, name: string, label: string, now: Date): string {
  const base = `${name}.${label}-${fileStamp(now)}`;
  let candidate = path.join(dir, `${base}.json`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base}-${n}.json`);
  return candidate;
}

type Checked<T> = { ok: true; content: T } | { ok: false; problem: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The checked content of `file`, or the reason it cannot be used. */
function check<T>(file: string, parse: ParseContent<T>): Checked<T> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, problem: `it could not be read (${(error as Error).message})` };
  }
  let text: string;
  try {
    // Decoding leniently would turn bad bytes into U+FFFD and the next save would write that back.
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, problem: 'it is not valid UTF-8 text (some bytes are not characters)' };
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${(error as Error).message})` };
  }
  try {
    return { ok: true, content: parse(content) };
  } catch (error) {
    return { ok: false, problem: `its content is not valid: ${(error as Error).message}` };
  }
}

/**
 * Copies a file Standpoint has just verified to `to`, through a temporary file and a rename, so a
 * crash or a full disk never leaves a half-written copy. Throws if the copy came out short.
 */
export function copyVerified(from: string, to: string): void {
  const temporary = `${to}${TEMP_MARK}${process.pid}-copy`;
  try {
    fs.copyFileSync(from, temporary);
    if (fs.statSync(temporary).size !== fs.statSync(from).size)
      throw new Error(`the copy of ${from} came out short`);
    fs.renameSync(temporary, to);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Makes `<dir>/<name>.json` safe to open: afterwards it is absent (a fresh store) or valid, and its
 * checked content is returned so the caller need not read it again. Also returns the notices the
 * user must see. Never deletes a byte: a bad file is renamed, not removed. `what` names the store
 * in messages ("analyst store", "window state").
 */
export function prepareStoreFile<T>(
  dir: string,
  name: string,
  parse: ParseContent<T>,
  now: Date,
  what = 'analyst store',
): PreparedStore<T> {
  fs.mkdirSync(dir, { recursive: true });
  const file = storeFilePath(dir, name);
  const backup = rollingBackupPath(dir, name);
  const backupWhen = () => fs.statSync(backup).mtime.toISOString().slice(0, 16).replace('T', ' ');

  // The backup is judged once: good (usable), bad (moved aside, so nothing writes over it) or absent.
  let backupChecked: Checked<T> | null | undefined;
  const checkBackup = (): Checked<T> | null =>
    backupChecked === undefined
      ? (backupChecked = fs.existsSync(backup) ? check(backup, parse) : null)
      : backupChecked;
  const moveBadBackupAside = (): string | null => {
    const checked = checkBackup();
    if (!checked || checked.ok) return null;
    const aside = datedPath(dir, `${name}.backup`, 'corrupt', now);
    fs.renameSync(backup, aside);
    return `The backup ${backup} could not be used either because ${checked.problem}; it was moved aside, unchanged, to ${aside}.`;
  };

  if (!fs.existsSync(file)) {
    // Writes are atomic, so a missing file beside a backup means it was lost, not emptied.
    const checked = checkBackup();
    if (checked === null) return { content: undefined, notices: [] };
    if (checked.ok) {
      copyVerified(backup, file);
      const message = `The ${what} ${file} was missing; your work was restored from the backup ${backup} (saved ${backupWhen()} UTC).`;
      return {
        content: checked.content,
        notices: [{ kind: 'restored-from-backup', message, backupPath: backup }],
      };
    }
    const moved = moveBadBackupAside()!;
    const message = `The ${what} ${file} was missing. ${moved} The app started with an empty ${what}.`;
    return { content: undefined, notices: [{ kind: 'corrupt-moved-aside', message, backupPath: null }] };
  }

  const checked = check(file, parse);
  if (checked.ok) {
    copyVerified(file, backup);
    return { content: checked.content, notices: [] };
  }

  const aside = datedPath(dir, name, 'corrupt', now);
  fs.renameSync(file, aside);
  const backupState = checkBackup();
  let outcome: string;
  let content: T | undefined;
  if (backupState?.ok) {
    copyVerified(backup, file);
    content = backupState.content;
    outcome = `Your work was restored from the last good backup (saved ${backupWhen()} UTC); changes made after it are only in the moved file.`;
  } else {
    const moved = moveBadBackupAside();
    outcome = `${moved ? `${moved} ` : ''}No good backup was found, so the app started with an empty ${what}.`;
  }
  const message = `The ${what} ${file} could not be used because ${checked.problem}. It was moved aside, unchanged, to ${aside}. ${outcome}`;
  return { content, notices: [{ kind: 'corrupt-moved-aside', message, backupPath: aside }] };
}

/** Where a store file stood after Standpoint last wrote it, to notice someone else's writes cheaply. */
interface FileMark {
  size: number;
  mtimeMs: number;
  ino: number;
}

const markOf = (file: string): FileMark | null => {
  try {
    const { size, mtimeMs, ino } = fs.statSync(file);
    return { size, mtimeMs, ino };
  } catch {
    return null;
  }
};

export interface StoreFile {
  readonly path: string;
  /**
   * Writes the whole content durably and refreshes the rolling backup from the verified file.
   * Throws NotSavedError (file and backup unchanged) when the write did not complete.
   */
  write(content: Record<string, unknown>): void;
  /**
   * The file's bytes if someone else wrote it since Standpoint last did (a hand edit, a sync tool),
   * otherwise null. Checks the file's size and times first, so the usual case reads nothing.
   */
  changedOutside(): Buffer | null;
}

export interface StoreFileOptions {
  io?: WriteIo;
  log?: (message: string) => void;
}

/** The writer of `<dir>/<name>.json` (call prepareStoreFile first). */
export function openStoreFile(dir: string, name: string, options: StoreFileOptions = {}): StoreFile {
  const file = storeFilePath(dir, name);
  const backup = rollingBackupPath(dir, name);
  const log = options.log ?? (() => {});
  let mark = markOf(file);
  let lastBytes: Buffer | null = mark ? fs.readFileSync(file) : null;

  return {
    path: file,
    write(content) {
      const bytes = serializeStore(content);
      writeFileDurably(file, bytes, options.io);
      mark = markOf(file);
      lastBytes = bytes;
      try {
        copyVerified(file, backup);
      } catch (error) {
        // The change itself is safely written; the backup keeps the previous good version.
        log(`Could not refresh the rolling backup ${backup}: ${(error as Error).message}`);
      }
    },
    changedOutside() {
      const now = markOf(file);
      if (!now || !mark || !lastBytes) return null;
      if (now.size === mark.size && now.mtimeMs === mark.mtimeMs && now.ino === mark.ino) return null;
      const current = fs.readFileSync(file);
      if (current.equals(lastBytes)) {
        mark = now;
        return null;
      }
      return current;
    },
  };
}
