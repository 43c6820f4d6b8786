/**
 * Changes to a workspace's documents on disk: each added document's text becomes
 * documents/<id>.txt (what citations point into), its original file is kept as originals/<id>.<ext>,
 * and documents/corpus.json lists it. A removed document's files are moved to removed/, not
 * deleted. Every write is verified on disk before it counts (persist/durable-write.ts); corpus.json
 * keeps a rolling backup, corpus.backup.json, refreshed only from a verified file (a document's
 * text needs none: its original in originals/ is kept beside it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, SourceDocument } from '../../../shared/model/corpus';
import { writeFileDurably, type WriteIo } from '../persist/durable-write';
import { writeFileWithBackup } from '../persist/file-with-backup';
import { sha256 } from './hash';

export interface CorpusFolders {
  corpusDir: string;
  originalsDir: string | null;
  /** Where removed documents go (the workspace's removed/). */
  removedDir: string;
  /** The file-system calls of every write; tests inject a full disk through it. */
  io?: WriteIo;
}

export interface DocumentToAdd {
  meta: Omit<DocumentMeta, 'path'>;
  text: string;
  original: { bytes: Uint8Array; extension: string } | null;
}

const manifestPath = (folders: CorpusFolders) => path.join(folders.corpusDir, 'corpus.json');

function readEntries(folders: CorpusFolders): Array<Record<string, unknown>> {
  const file = manifestPath(folders);
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { documents?: unknown };
  if (!Array.isArray(json.documents))
    throw new Error(`${file} has no "documents" list; fix or remove it before adding documents.`);
  return json.documents as Array<Record<string, unknown>>;
}

function writeEntries(folders: CorpusFolders, entries: Array<Record<string, unknown>>): void {
  writeFileWithBackup(manifestPath(folders), `${JSON.stringify({ documents: entries }, null, 2)}\n`, {
    io: folders.io,
  });
}

/** A readable id from a title or file name, different from every id in `taken`. */
export function documentId(from: string, taken: Set<string>): string {
  const base =
    from
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\.[a-z0-9]{2,5}$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'document';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Writes the documents' texts and originals, then lists them in corpus.json. If any write fails
 * (a full disk), the files this call wrote are removed again, so no half-added document is left
 * for the next load to pick up unlisted; the error (a NotSavedError saying why) is rethrown.
 */
export function addToCorpus(folders: CorpusFolders, documents: DocumentToAdd[]): SourceDocument[] {
  const entries = readEntries(folders);
  const added: SourceDocument[] = [];
  const written: string[] = [];
  const write = (file: string, data: string | Uint8Array) => {
    writeFileWithBackup(file, data, { backup: false, io: folders.io });
    written.push(file);
  };
  try {
    for (const doc of documents) {
      const relative = `${doc.meta.id}.txt`;
      write(path.join(folders.corpusDir, relative), doc.text);
      if (doc.original && folders.originalsDir)
        write(path.join(folders.originalsDir, `${doc.meta.id}${doc.original.extension}`), doc.original.bytes);
      const meta: DocumentMeta = { ...doc.meta, path: relative };
      entries.push({ ...meta });
      added.push({ ...meta, text: doc.text, hash: sha256(doc.text) });
    }
    writeEntries(folders, entries);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    throw error;
  }
  return added;
}

export function updateInCorpus(folders: CorpusFolders, document: SourceDocument): void {
  const entries = readEntries(folders);
  const i = entries.findIndex((e) => e.id === document.id);
  const { text: _text, hash: _hash, ...meta } = document;
  if (i === -1) entries.push({ ...meta });
  else entries[i] = { ...entries[i], ...meta };
  writeEntries(folders, entries);
}

/** Moves the document's text and original to removed/<stamp>-<id>/ and drops it from corpus.json. */
export function removeFromCorpus(folders: CorpusFolders, document: SourceDocument, now = new Date()): string {
  const entries = readEntries(folders).filter((e) => e.id !== document.id);
  const where = path.join(
    folders.removedDir,
    `${now.toISOString().slice(0, 19).replace(/:/g, '-')}-${document.id}`,
  );
  mkdirSync(where, { recursive: true });
  const text = path.join(folders.corpusDir, document.path);
  if (existsSync(text)) renameSync(text, path.join(where, path.basename(document.path)));
  if (folders.originalsDir && existsSync(folders.originalsDir)) {
    for (const f of readdirSync(folders.originalsDir))
      if (f.startsWith(`${document.id}.`))
        renameSync(path.join(folders.originalsDir, f), path.join(where, `original-${f}`));
  }
  writeFileDurably(
    path.join(where, 'metadata.json'),
    `${JSON.stringify({ ...document, text: undefined }, null, 2)}\n`,
    folders.io,
  );
  writeEntries(folders, entries);
  return where;
}
