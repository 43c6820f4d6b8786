/**
 * Standpoint before workspaces kept the analyst's work in its data folder (analyst.json beside the
 * app's other files) and read the corpus from a separate folder. On the first start of a version
 * with workspaces, that pair becomes a workspace: the corpus's documents and ontology and the
 * analyst's files are copied into <data>/workspaces/<name>/. Nothing is moved or deleted: the old
 * files stay where they were, so an older Standpoint still opens them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { preferencesSchema } from '../../../shared/ipc/schemas';
import type { Preferences } from '../../../shared/model/analyst';
import { copyWorkspace } from './create-workspace';
import { folderWorkspace, type WorkspaceLocation } from './layout';

export const MIGRATED_NAME = 'Russia–West security demands, January 2022';

/** True when `dataDir` holds the work of a Standpoint from before workspaces. */
export function hasPreWorkspaceData(dataDir: string): boolean {
  return (
    existsSync(path.join(dataDir, 'analyst.json')) || existsSync(path.join(dataDir, 'analyst.backup.json'))
  );
}

/** The preferences an old analyst.json holds (author, theme), if it can be read. */
export function preWorkspacePreferences(dataDir: string): Preferences | undefined {
  for (const name of ['analyst.json', 'analyst.backup.json']) {
    try {
      const content = JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as { preferences?: unknown };
      const parsed = preferencesSchema.safeParse(content.preferences);
      if (parsed.success) return parsed.data;
    } catch {
      // unreadable: try the backup, then give up (the analyst store reports the file itself)
    }
  }
  return undefined;
}

export function migrateDataFolder(options: {
  dataDir: string;
  corpusDir: string;
  defaultOntologyPath: string;
  now?: Date;
}): { workspace: WorkspaceLocation; message: string } {
  const source = folderWorkspace(options.corpusDir, options.dataDir, options.defaultOntologyPath);
  const base = path.join(options.dataDir, 'workspaces', 'russia-west-2022');
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  const workspace = copyWorkspace(source, target, {
    name: MIGRATED_NAME,
    template: 'migrated',
    now: options.now,
  });
  const message =
    `Your work from before workspaces (notes, overrides, citations, preferences) now lives in the workspace “${MIGRATED_NAME}” at ${target}, ` +
    `with a copy of the documents from ${options.corpusDir}. The old files in ${options.dataDir} were left as they were.`;
  return { workspace, message };
}
