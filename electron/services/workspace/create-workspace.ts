/** New workspaces (empty, or from the shipped Russia–West ontology) and copies of existing ones. */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileWithBackup } from '../persist/file-with-backup';
import { copyVerified } from '../persist/store-file';
import {
  readWorkspace,
  WORKSPACE_FILE,
  WORKSPACE_FORMAT,
  WorkspaceError,
  type WorkspaceFile,
  type WorkspaceLocation,
} from './layout';

export type WorkspaceTemplate = 'empty' | 'russia-west';

/** A new workspace must go in a folder that is absent or empty: never over someone's files. */
function prepareFolder(dir: string): string {
  const root = path.resolve(dir);
  if (existsSync(root)) {
    const entries = readdirSync(root).filter((e) => !e.startsWith('.'));
    if (entries.length > 0)
      throw new WorkspaceError(
        `${root} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}). Choose a new or empty folder for the workspace.`,
      );
  }
  mkdirSync(root, { recursive: true });
  return root;
}

function writeManifest(root: string, name: string, template: WorkspaceFile['template'], now: Date): void {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: 1,
    name,
    template,
    createdAt: now.toISOString(),
  };
  writeFileWithBackup(path.join(root, WORKSPACE_FILE), `${JSON.stringify(file, null, 2)}\n`);
}

/**
 * The shipped ontology, whole (Russia–West) or as an empty negotiation: no parties and no demands,
 * but the stance cues, which are English rather than one negotiation's.
 */
export function templateOntology(shippedOntologyPath: string, template: WorkspaceTemplate): string {
  const shipped = JSON.parse(readFileSync(shippedOntologyPath, 'utf8')) as Record<string, unknown>;
  const ontology = template === 'empty' ? { ...shipped, parties: [], demands: [] } : shipped;
  return `${JSON.stringify(ontology, null, 2)}\n`;
}

export function createWorkspace(
  dir: string,
  options: { name: string; template: WorkspaceTemplate; shippedOntologyPath: string; now?: Date },
): WorkspaceLocation {
  const name = options.name.trim();
  if (!name) throw new WorkspaceError('A workspace needs a name.');
  const root = prepareFolder(dir);
  mkdirSync(path.join(root, 'documents'), { recursive: true });
  mkdirSync(path.join(root, 'originals'), { recursive: true });
  writeFileWithBackup(
    path.join(root, 'documents', 'corpus.json'),
    `${JSON.stringify({ documents: [] }, null, 2)}\n`,
  );
  writeFileWithBackup(
    path.join(root, 'ontology.json'),
    templateOntology(options.shippedOntologyPath, options.template),
  );
  writeManifest(root, name, options.template, options.now ?? new Date());
  return readWorkspace(root);
}

/** Files of the analyst's work that travel with a workspace (the cache and lock do not). */
export const WORK_FILES = [
  'analyst.json',
  'analyst.backup.json',
  'review.json',
  'review.backup.json',
  'briefing-snapshots.json',
  'briefing-snapshots.backup.json',
];

/**
 * Copies any workspace (the read-only example included) into a new, writable one: its documents,
 * their originals, its ontology and the analyst's work.
 */
export function copyWorkspace(
  from: WorkspaceLocation,
  dir: string,
  options: { name: string; template?: WorkspaceFile['template']; now?: Date },
): WorkspaceLocation {
  const name = options.name.trim();
  if (!name) throw new WorkspaceError('A workspace needs a name.');
  const root = prepareFolder(dir);
  const documents = path.join(root, 'documents');
  // The corpus folder may hold other things (the shipped one has a README): copy what it lists and its texts.
  // Only regular files and real folders: a link could reach outside the folder, a pipe would never end.
  cpSync(from.corpusDir, documents, {
    recursive: true,
    filter: (src) => {
      if (src === from.corpusDir) return true;
      const kind = lstatSync(src);
      if (!kind.isFile() && !kind.isDirectory()) return false;
      return !/(^|[\\/])(README\.md|ontology(\.backup)?\.json|standpoint\.lock)$/i.test(
        path.relative(from.corpusDir, src),
      );
    },
  });
  if (from.originalsDir && existsSync(from.originalsDir))
    cpSync(from.originalsDir, path.join(root, 'originals'), { recursive: true });
  else mkdirSync(path.join(root, 'originals'), { recursive: true });
  // Each file is copied through a temporary file and checked for size before it takes its name.
  if (!lstatSync(from.ontologyPath).isFile())
    throw new WorkspaceError(`${from.ontologyPath} is not a regular file; the ontology was not copied.`);
  writeFileWithBackup(path.join(root, 'ontology.json'), readFileSync(from.ontologyPath));
  for (const file of WORK_FILES) {
    const source = path.join(from.dataDir, file);
    if (existsSync(source)) copyVerified(source, path.join(root, file));
  }
  writeManifest(root, name, options.template ?? 'copy', options.now ?? new Date());
  return readWorkspace(root);
}
