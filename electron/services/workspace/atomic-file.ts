/**
 * Writes a file whole or not at all (temporary file, then rename), keeping the previous good
 * version as <name>.backup.<ext> beside it: a crash mid-write never costs the last good copy.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const backupPathOf = (file: string) => {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.backup${ext}`;
};

export function writeFileAtomically(file: string, content: string | Uint8Array, keepBackup = true): void {
  mkdirSync(path.dirname(file), { recursive: true });
  if (keepBackup && existsSync(file)) {
    const backup = backupPathOf(file);
    copyFileSync(file, `${backup}.${process.pid}.tmp`);
    renameSync(`${backup}.${process.pid}.tmp`, backup);
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
