/**
 * The folders inside one folder, for browser mode's in-app folder chooser (a web page cannot open
 * the system's folder dialog for the server). Only names of folders, never file contents; hidden
 * folders are left out; bounded, so a huge folder answers quickly.
 */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RequestError } from '../../../shared/ipc/contract';
import { isWorkspaceFolder } from './layout';

const MAX_ENTRIES = 2000;

export function listFolder(requested: string | undefined) {
  const home = os.homedir();
  const dir = path.resolve(requested?.trim() || home);
  let entries;
  try {
    if (!statSync(dir).isDirectory()) throw new RequestError(`${dir} is a file, not a folder.`, ['path']);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof RequestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : (error as Error).message;
    throw new RequestError(`The folder ${dir} ${why}.`, ['path']);
  }
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_ENTRIES)
    .map((name) => {
      const full = path.join(dir, name);
      return { name, path: full, isWorkspace: isWorkspaceFolder(full) };
    });
  const parent = path.dirname(dir);
  return { path: dir, parent: parent === dir ? null : parent, home, folders };
}
