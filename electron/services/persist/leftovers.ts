/**
 * Temporary files a crash left behind in the data folder. A temporary file is only ever renamed
 * over its target once it is complete and verified, so one still lying around was never
 * acknowledged to the analyst: removing it loses nothing they were told was saved. Called while
 * holding the data-folder lock, when no other Standpoint can be writing there.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * `<store>.json.tmp-…` (Standpoint's own writes, and the `atomically` package conf and
 * electron-store used before issue 12), `<file>.<pid>.tmp` (older copies and the matrix cache),
 * and a durable write's or verified copy's temporary file of any other file (a workspace's
 * document texts): `<file>.tmp-<pid>-<time>-<n>`, `<file>.tmp-<pid>-copy`.
 */
const LEFTOVER = /^[\w.-]+\.json(\.tmp-[\w-]+|\.\d+\.tmp)$|^[^/\\]+\.tmp-\d+-(?:[a-z0-9]+-\d+|copy)$/;

/** Removes leftover temporary files directly in each folder; returns the paths removed. */
export function removeLeftoverTempFiles(dirs: string[], log: (message: string) => void = () => {}): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue; // a folder that does not exist yet has nothing left over
    }
    for (const name of names) {
      if (!LEFTOVER.test(name)) continue;
      const file = path.join(dir, name);
      try {
        if (!fs.lstatSync(file).isFile()) continue;
        fs.unlinkSync(file);
        removed.push(file);
      } catch (error) {
        log(`Could not remove the leftover temporary file ${file}: ${(error as Error).message}`);
      }
    }
  }
  if (removed.length > 0) log(`Removed ${removed.length} temporary file(s) left by an interrupted save.`);
  return removed;
}
