/**
 * A writable workspace's own files, checked when it opens (its folder locked, so no other
 * Standpoint is writing there): workspace.json, ontology.json and documents/corpus.json get the
 * analyst store's guard (persist/store-file.ts). A file that is not valid JSON of the right shape
 * is moved aside, unchanged, and its last good backup put in its place; the notices say where
 * everything went. A valid file refreshes its backup. Nothing is ever deleted.
 */
import path from 'node:path';
import { prepareStoreFile, type StoreNotice } from '../persist/store-file';
import { workspaceFileSchema, type WorkspaceLocation } from './layout';

const isObject = (content: unknown): content is Record<string, unknown> =>
  typeof content === 'object' && content !== null && !Array.isArray(content);

function parseManifest(content: unknown) {
  const parsed = workspaceFileSchema.safeParse(content);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

/** Only the shape is checked here: the ontology's parser and corpus.json's reader name finer problems. */
function parseOntologyShape(content: unknown) {
  if (!isObject(content)) throw new Error('it does not hold a JSON object');
  return content;
}

function parseCorpusShape(content: unknown) {
  if (!isObject(content) || !Array.isArray(content.documents)) throw new Error('it has no "documents" list');
  return content;
}

export function prepareWorkspaceFiles(location: WorkspaceLocation, now = new Date()): StoreNotice[] {
  if (location.kind !== 'workspace' || location.readOnly) return [];
  const ontology = path.parse(location.ontologyPath);
  return [
    ...prepareStoreFile(location.root, 'workspace', parseManifest, now, 'workspace file').notices,
    ...prepareStoreFile(ontology.dir, ontology.name, parseOntologyShape, now, 'ontology').notices,
    ...prepareStoreFile(location.corpusDir, 'corpus', parseCorpusShape, now, 'document list').notices,
  ];
}
