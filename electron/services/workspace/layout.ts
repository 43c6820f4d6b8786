/**
 * A workspace is one negotiation, in one folder:
 *
 *   workspace.json      its name, format version, and the template it started from
 *   documents/          the corpus: corpus.json + the extracted text of every article (what citations point into)
 *   originals/          each imported file as it was given (PDF, Word, web page…), beside its text
 *   ontology.json       parties, demands, stance cues
 *   analyst.json        the analyst's work (+ analyst.backup.json), written by the analyst store
 *   review.json         changes waiting for review (+ review.backup.json)
 *   removed/            documents taken out of the workspace, kept rather than deleted
 *   cache/              derivations, safe to delete
 *
 * The shipped seed corpus opens as a read-only example (its analyst work is kept in the app's data
 * folder), and a plain folder of articles given with --corpus opens read-only too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WORKSPACE_FILE = 'workspace.json';
export const WORKSPACE_FORMAT = 'standpoint-workspace';

export const workspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(1),
  name: z.string().min(1).max(200),
  template: z.enum(['empty', 'russia-west', 'copy', 'migrated']),
  createdAt: z.string(),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

export type WorkspaceKind = 'workspace' | 'example' | 'folder';

export interface WorkspaceLocation {
  kind: WorkspaceKind;
  name: string;
  /** The folder the analyst chose (the workspace folder, the shipped corpus, or the plain folder). */
  root: string;
  corpusDir: string;
  ontologyPath: string;
  /** Where the analyst store, review queue, cache and lock live. */
  dataDir: string;
  originalsDir: string | null;
  /** Documents and ontology cannot be changed (the example, a plain folder): copy it first. */
  readOnly: boolean;
  template: WorkspaceFile['template'] | null;
}

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

const WORKSPACE_BACKUP = 'workspace.backup.json';

export function isWorkspaceFolder(dir: string): boolean {
  return existsSync(path.join(dir, WORKSPACE_FILE)) || existsSync(path.join(dir, WORKSPACE_BACKUP));
}

/** The checked content of workspace.json (or of its backup), or why it cannot be used. */
function readManifest(file: string): { ok: true; manifest: WorkspaceFile } | { ok: false; why: string } {
  try {
    return { ok: true, manifest: workspaceFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch (error) {
    const why =
      error instanceof z.ZodError
        ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        : (error as Error).message;
    return { ok: false, why };
  }
}

/** Reads a workspace folder; throws a WorkspaceError saying what is wrong with it. */
export function readWorkspace(dir: string): WorkspaceLocation {
  const root = path.resolve(dir);
  if (!existsSync(root)) throw new WorkspaceError(`There is no folder ${root}.`);
  if (!statSync(root).isDirectory()) throw new WorkspaceError(`${root} is a file, not a workspace folder.`);
  const file = path.join(root, WORKSPACE_FILE);
  const backup = path.join(root, WORKSPACE_BACKUP);
  if (!isWorkspaceFolder(root))
    throw new WorkspaceError(
      `${root} is not a Standpoint workspace (it has no ${WORKSPACE_FILE}). Choose a workspace folder, or create a new workspace there.`,
    );
  // Only read here: a broken workspace.json is put right (moved aside, the backup restored) once
  // the workspace is open and its folder locked (workspace-files.ts).
  const read = existsSync(file) ? readManifest(file) : { ok: false as const, why: 'it is missing' };
  let parsed: WorkspaceFile;
  if (read.ok) parsed = read.manifest;
  else {
    const fallback = existsSync(backup) ? readManifest(backup) : null;
    if (!fallback?.ok) throw new WorkspaceError(`${file} cannot be read: ${read.why}.`);
    parsed = fallback.manifest;
  }
  return {
    kind: 'workspace',
    name: parsed.name,
    root,
    corpusDir: path.join(root, 'documents'),
    ontologyPath: path.join(root, 'ontology.json'),
    dataDir: root,
    originalsDir: path.join(root, 'originals'),
    readOnly: false,
    template: parsed.template,
  };
}

export const EXAMPLE_NAME = 'Russia–West security demands, January 2022 (example)';

/** The shipped seed corpus, read-only; the analyst's notes on it live in the app's data folder. */
export function exampleWorkspace(shippedCorpusDir: string, appDataDir: string): WorkspaceLocation {
  return {
    kind: 'example',
    name: EXAMPLE_NAME,
    root: shippedCorpusDir,
    corpusDir: shippedCorpusDir,
    ontologyPath: path.join(shippedCorpusDir, 'ontology.json'),
    dataDir: path.join(appDataDir, 'example'),
    originalsDir: null,
    readOnly: true,
    template: 'russia-west',
  };
}

/** A plain folder of articles (--corpus DIR): read-only, the analyst's work in the data folder. */
export function folderWorkspace(
  corpusDir: string,
  dataDir: string,
  defaultOntologyPath: string,
): WorkspaceLocation {
  const own = path.join(corpusDir, 'ontology.json');
  return {
    kind: 'folder',
    name: path.basename(corpusDir),
    root: corpusDir,
    corpusDir,
    ontologyPath: existsSync(own) ? own : defaultOntologyPath,
    dataDir,
    originalsDir: null,
    readOnly: true,
    template: null,
  };
}
