/**
 * Guards the store file before anything opens it. A file that does not parse or validate (corrupt,
 * or hand-edited into something we cannot read) is never cleared: its bytes are moved aside as a
 * dated backup, the last good rolling backup is put in its place when there is one, and a notice
 * naming the backup is returned so the user is told where their data went.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { storeNoticeSchema } from '../../../shared/ipc/schemas';

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

/** The checked content of `file`, or the reason it cannot be used. */
function check<T>(file: string, parse: ParseContent<T>): Checked<T> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: `it could not be read (${(error as Error).message})` };
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

/** Copies via a temporary file and a rename, so a crash never leaves a half-written backup. */
export function copyAtomically(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  fs.copyFileSync(from, temporary);
  fs.renameSync(temporary, to);
}

/** Keeps `<name>.backup.json` equal to the store file, which the caller knows to be good. */
export function writeRollingBackup(dir: string, name: string): void {
  copyAtomically(storeFilePath(dir, name), rollingBackupPath(dir, name));
}

/**
 * Makes `<dir>/<name>.json` safe to open: afterwards it is absent (a fresh store) or valid, and its
 * checked content is returned so the caller need not read it again. Also returns the notices the
 * user must see. Never deletes a byte: a bad file is renamed, not removed.
 */
export function prepareStoreFile<T>(
  dir: string,
  name: string,
  parse: ParseContent<T>,
  now: Date,
): PreparedStore<T> {
  fs.mkdirSync(dir, { recursive: true });
  const file = storeFilePath(dir, name);
  const backup = rollingBackupPath(dir, name);
  const goodBackup = (): T | undefined => {
    if (!fs.existsSync(backup)) return undefined;
    const checked = check(backup, parse);
    return checked.ok ? checked.content : undefined;
  };
  const backupWhen = () => fs.statSync(backup).mtime.toISOString().slice(0, 16).replace('T', ' ');

  if (!fs.existsSync(file)) {
    // Writes are atomic, so a missing file beside a good backup means it was lost, not emptied.
    const restored = goodBackup();
    if (restored === undefined) return { content: undefined, notices: [] };
    copyAtomically(backup, file);
    const message = `The analyst store ${file} was missing; your work was restored from the backup ${backup} (saved ${backupWhen()} UTC).`;
    return { content: restored, notices: [{ kind: 'restored-from-backup', message, backupPath: backup }] };
  }

  const checked = check(file, parse);
  if (checked.ok) {
    writeRollingBackup(dir, name);
    return { content: checked.content, notices: [] };
  }

  const aside = datedPath(dir, name, 'corrupt', now);
  fs.renameSync(file, aside);
  const restored = goodBackup();
  let outcome: string;
  if (restored !== undefined) {
    copyAtomically(backup, file);
    outcome = `Your work was restored from the last good backup (saved ${backupWhen()} UTC); changes made after it are only in the moved file.`;
  } else {
    outcome = 'No good backup was found, so the app started with an empty analyst store.';
  }
  const message = `The analyst store ${file} could not be used because ${checked.problem}. It was moved aside, unchanged, to ${aside}. ${outcome}`;
  return { content: restored, notices: [{ kind: 'corrupt-moved-aside', message, backupPath: aside }] };
}
