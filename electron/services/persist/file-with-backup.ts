/**
 * One file Standpoint writes whole (a workspace's workspace.json, ontology.json, documents/corpus.json),
 * with the analyst store's write guarantees: the bytes are complete on disk before the write counts
 * (writeFileDurably), and the rolling backup `<name>.backup.<ext>` is refreshed only from the file
 * just verified, so a bad write can never reach the backup. Reading such a file back goes through
 * prepareStoreFile, which puts the backup in place of a broken file.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileDurably, type WriteIo } from './durable-write';
import { copyVerified } from './store-file';

/** `corpus.json` → `corpus.backup.json`, as rollingBackupPath names a store's backup. */
export function backupPathOf(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.backup${ext}`;
}

export interface FileWriteOptions {
  /** Keep `<name>.backup.<ext>` beside it (default true). */
  backup?: boolean;
  io?: WriteIo;
  log?: (message: string) => void;
}

/** Throws NotSavedError (the file and its backup unchanged) when the write did not complete. */
export function writeFileWithBackup(
  file: string,
  data: string | Uint8Array,
  options: FileWriteOptions = {},
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileDurably(file, data, options.io);
  if (options.backup === false) return;
  try {
    copyVerified(file, backupPathOf(file));
  } catch (error) {
    // The file itself is safely written; the backup keeps the previous good version.
    options.log?.(`Could not refresh the backup ${backupPathOf(file)}: ${(error as Error).message}`);
  }
}
