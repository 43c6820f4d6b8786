/**
 * Adding documents to a workspace: files are staged (bytes kept on disk in the workspace's
 * .staging/ folder), prepared one by one (text extracted on the worker with a time limit, metadata
 * prefilled, duplicates and likely translations found), then added with the metadata the analyst
 * confirmed. Each file is judged on its own: one that fails is named with its reason and the rest go on.
 */
import { randomUUID } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { RequestError } from '../../../shared/ipc/contract';
import {
  compareTexts,
  fingerprint,
  rarityAmong,
  type Resemblance,
  type TextFingerprint,
} from '../../../shared/corpus/similarity';
import type { DocumentMeta, SourceDocument } from '../../../shared/model/corpus';
import { addToCorpus, documentId, type CorpusFolders } from '../corpus/corpus-writer';
import { MAX_DOCUMENT_BYTES } from '../corpus/decode-text';
import { sha256 } from '../corpus/hash';
import { formatSeconds, TaskWorker, TimeLimitError } from '../corpus/task-worker';
import { extractDocument, type Extracted, type ImportFormat } from './importers';
import { tidyText } from './importers/types';
import { prefill } from './prefill';

/** An original file may be bigger than its text (a PDF with images); its text is still bounded. */
export const MAX_ORIGINAL_BYTES = 60 * 1024 * 1024;
export const EXTRACT_TIME_LIMIT_MS = 60_000;

export interface StagedFile {
  stagedId: string;
  name: string;
  size: number;
}

/** The metadata proposed for a file: a document's, without its path (set when it is written). */
export type ProposedMeta = Omit<DocumentMeta, 'path'>;

export interface Resembles extends Resemblance {
  id: string;
  title: string;
  /** The document is in this import, not yet in the workspace. */
  inThisImport: boolean;
}

export type PreparedFile =
  | {
      ok: true;
      stagedId: string;
      fileName: string;
      format: ImportFormat;
      proposed: ProposedMeta;
      sources: Record<string, string>;
      warnings: string[];
      characters: number;
      preview: string;
      duplicateOf: { id: string; title: string } | null;
      resembles: Resembles[];
    }
  | { ok: false; stagedId: string; fileName: string; error: string };

export interface AddOutcome {
  added: Array<{ stagedId: string; id: string; title: string }>;
  refused: Array<{ stagedId: string; fileName: string; reason: string }>;
  documents: SourceDocument[];
}

export type Extract = (bytes: Uint8Array, fileName: string) => Promise<Extracted>;

/** Extraction on the corpus worker thread: a PDF that loops or a zip bomb cannot hang the app. */
export function workerExtractor(worker: TaskWorker, timeLimitMs = EXTRACT_TIME_LIMIT_MS): Extract {
  return async (bytes, fileName) => {
    try {
      return await worker.run<Extracted>('extract', { bytes, fileName }, timeLimitMs);
    } catch (error) {
      if (error instanceof TimeLimitError)
        throw new Error(
          `${fileName}: reading it took longer than ${formatSeconds(timeLimitMs)}, so it was stopped`,
        );
      throw error;
    }
  };
}

interface Staged extends StagedFile {
  file: string;
  complete: boolean;
  prepared?: { extracted: Extracted; proposed: ProposedMeta; fingerprint: TextFingerprint; hash: string };
}

export interface ImportServiceOptions {
  folders: CorpusFolders;
  stagingDir: string;
  /** The workspace's documents now (the matrix service's list). */
  documents: () => Promise<SourceDocument[]>;
  extract?: Extract;
}

export function createImportService(options: ImportServiceOptions) {
  const staged = new Map<string, Staged>();
  const extract = options.extract ?? extractDocument;
  const fingerprints = new Map<string, { hash: string; fp: TextFingerprint }>();
  rmSync(options.stagingDir, { recursive: true, force: true }); // leftovers of an earlier session

  const get = (stagedId: string): Staged => {
    const s = staged.get(stagedId);
    if (!s)
      throw new RequestError(
        `No staged file with id "${stagedId}" (it was added, discarded, or the app restarted).`,
        ['stagedId'],
      );
    return s;
  };
  const fingerprintOf = (doc: SourceDocument) => {
    const known = fingerprints.get(doc.id);
    if (known?.hash === doc.hash) return known.fp;
    const fp = fingerprint(doc.text);
    fingerprints.set(doc.id, { hash: doc.hash, fp });
    return fp;
  };
  /** Texts compared as the importers write them (spacing tidied), so a re-import of a stored text matches it. */
  const contentKeys = new Map<string, { hash: string; key: string }>();
  const contentKey = (doc: SourceDocument) => {
    const known = contentKeys.get(doc.id);
    if (known?.hash === doc.hash) return known.key;
    const key = sha256(tidyText(doc.text));
    contentKeys.set(doc.id, { hash: doc.hash, key });
    return key;
  };
  const safeName = (name: string) => path.basename(name.replace(/\\/g, '/')).slice(0, 200) || 'document';

  const service = {
    /** Appends a chunk to a staged file (a new one without stagedId); `last` marks it complete. */
    stageChunk(args: { stagedId?: string; name: string; bytes: Uint8Array; last: boolean }): StagedFile {
      let s: Staged;
      if (args.stagedId) {
        s = get(args.stagedId);
        if (s.complete) throw new RequestError(`Staged file "${s.name}" is already complete.`, ['stagedId']);
      } else {
        mkdirSync(options.stagingDir, { recursive: true });
        const stagedId = randomUUID();
        s = {
          stagedId,
          name: safeName(args.name),
          size: 0,
          file: path.join(options.stagingDir, stagedId),
          complete: false,
        };
        writeFileSync(s.file, new Uint8Array());
        staged.set(stagedId, s);
      }
      if (s.size + args.bytes.length > MAX_ORIGINAL_BYTES) {
        staged.delete(s.stagedId);
        rmSync(s.file, { force: true });
        throw new RequestError(
          `${s.name} is larger than ${MAX_ORIGINAL_BYTES / 1024 / 1024} MB; Standpoint imports articles, not archives.`,
          ['bytes'],
        );
      }
      appendFileSync(s.file, args.bytes);
      s.size += args.bytes.length;
      s.complete = args.last;
      return { stagedId: s.stagedId, name: s.name, size: s.size };
    },

    /** Stages a file from disk (Electron's open dialog, the import CLI). */
    stagePath(file: string): StagedFile {
      const size = statSync(file).size;
      if (size > MAX_ORIGINAL_BYTES)
        throw new Error(
          `${path.basename(file)} is ${(size / 1024 / 1024).toFixed(0)} MB, larger than the ${MAX_ORIGINAL_BYTES / 1024 / 1024} MB limit.`,
        );
      return service.stageChunk({ name: path.basename(file), bytes: readFileSync(file), last: true });
    },

    async prepare(stagedId: string): Promise<PreparedFile> {
      const s = get(stagedId);
      if (!s.complete) throw new RequestError(`${s.name} has not been fully uploaded.`, ['stagedId']);
      try {
        const extracted = await extract(new Uint8Array(readFileSync(s.file)), s.name);
        if (Buffer.byteLength(extracted.text) > MAX_DOCUMENT_BYTES)
          throw new Error(
            `its text is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit for one document`,
          );
        const documents = await options.documents();
        const hash = sha256(extracted.text);
        const fp = fingerprint(extracted.text);
        const inBatch = [...staged.values()].filter((o) => o.prepared && o.stagedId !== stagedId);
        const taken = new Set([
          ...documents.map((d) => d.id),
          ...inBatch.map((o) => o.prepared!.proposed.id),
        ]);
        const found = prefill(extracted, s.name);
        const proposed: ProposedMeta = {
          id: documentId(found.title || s.name, taken),
          title: found.title,
          outlet: found.outlet,
          author: found.author,
          published: found.published,
          publishedNote: found.publishedNote,
          language: found.language,
          translationOf: null,
        };
        const same = documents.find((d) => contentKey(d) === hash);
        const sameInBatch = inBatch.find((o) => o.prepared!.hash === hash);
        const duplicateOf = same
          ? { id: same.id, title: same.title }
          : sameInBatch
            ? {
                id: sameInBatch.prepared!.proposed.id,
                title: `${sameInBatch.prepared!.proposed.title} (in this import)`,
              }
            : null;
        const resembles: Resembles[] = [];
        if (!duplicateOf) {
          const existing = documents.map((d) => ({
            id: d.id,
            title: d.title,
            fp: fingerprintOf(d),
            inThisImport: false,
          }));
          const pending = inBatch.map((o) => ({
            id: o.prepared!.proposed.id,
            title: o.prepared!.proposed.title,
            fp: o.prepared!.fingerprint,
            inThisImport: true,
          }));
          const rarity = rarityAmong(existing.map((e) => e.fp));
          for (const other of [...existing, ...pending]) {
            const r = compareTexts(fp, other.fp, rarity);
            if (r)
              resembles.push({ ...r, id: other.id, title: other.title, inThisImport: other.inThisImport });
          }
          resembles.sort((a, b) => b.score - a.score).splice(5);
        }
        s.prepared = { extracted, proposed, fingerprint: fp, hash };
        return {
          ok: true,
          stagedId,
          fileName: s.name,
          format: extracted.format,
          proposed,
          sources: found.sources,
          warnings: extracted.warnings,
          characters: extracted.text.length,
          preview: extracted.text.slice(0, 600),
          duplicateOf,
          resembles: resembles.slice(0, 5),
        };
      } catch (error) {
        const message = (error as Error).message;
        return {
          ok: false,
          stagedId,
          fileName: s.name,
          error: message.startsWith(s.name) ? message : `${s.name}: ${message}`,
        };
      }
    },

    /** Adds prepared files with the metadata the analyst confirmed; duplicates are refused by name. */
    async add(items: Array<{ stagedId: string; meta: Omit<DocumentMeta, 'path'> }>): Promise<AddOutcome> {
      const documents = await options.documents();
      const byHash = new Map(documents.map((d) => [contentKey(d), d]));
      const ids = new Set(documents.map((d) => d.id));
      const outcome: AddOutcome = { added: [], refused: [], documents: [] };
      const toAdd: Parameters<typeof addToCorpus>[1] = [];
      const addedIds = new Set<string>();
      for (const item of items) {
        const s = staged.get(item.stagedId);
        if (!s?.prepared) {
          outcome.refused.push({
            stagedId: item.stagedId,
            fileName: s?.name ?? item.stagedId,
            reason: 'it was not prepared (or was already added)',
          });
          continue;
        }
        const existing = byHash.get(s.prepared.hash);
        if (existing) {
          outcome.refused.push({
            stagedId: s.stagedId,
            fileName: s.name,
            reason: `it has the same text as “${existing.title}” (${existing.id}), already in the workspace`,
          });
          continue;
        }
        const meta = { ...item.meta };
        if (ids.has(meta.id)) meta.id = documentId(meta.id, ids);
        if (meta.translationOf && !ids.has(meta.translationOf) && !addedIds.has(meta.translationOf))
          meta.translationOf = null;
        ids.add(meta.id);
        addedIds.add(meta.id);
        const ext = path.extname(s.name).toLowerCase() || '.txt';
        toAdd.push({
          meta,
          text: s.prepared.extracted.text,
          original: { bytes: new Uint8Array(readFileSync(s.file)), extension: ext },
        });
        byHash.set(s.prepared.hash, { ...meta, path: '', text: '', hash: s.prepared.hash });
        outcome.added.push({ stagedId: s.stagedId, id: meta.id, title: meta.title });
      }
      if (toAdd.length > 0) outcome.documents = addToCorpus(options.folders, toAdd);
      for (const a of outcome.added) service.discard([a.stagedId]);
      return outcome;
    },

    discard(stagedIds: string[]): void {
      for (const id of stagedIds) {
        const s = staged.get(id);
        if (!s) continue;
        staged.delete(id);
        if (existsSync(s.file)) rmSync(s.file, { force: true });
      }
    },
  };
  return service;
}

export type ImportService = ReturnType<typeof createImportService>;
