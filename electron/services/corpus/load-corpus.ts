/**
 * A corpus folder → documents + problems. With corpus/corpus.json the listed files are read with
 * their metadata; `.txt`/`.md` files it does not list, and every file of a folder without it, get
 * metadata inferred from the text (title from the first line, date from a dateline). A bad file is
 * a problem naming it; the run goes on with the rest.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta, InputProblem, SourceDocument } from '../../../shared/model/corpus';
import { inferMetadata } from '../../../shared/derive/infer-metadata';
import { ID_MAX_LENGTH } from '../../../shared/model/limits';
import { readFileInside } from '../safe-read';
import { decodeText, MAX_DOCUMENT_BYTES } from './decode-text';
import { sha256 } from './hash';
import { readCorpusManifest, type ManifestEntry } from './manifest';

export interface LoadedCorpus {
  documents: SourceDocument[];
  problems: InputProblem[];
}

const TEXT_FILE = /\.(txt|md)$/i;
/** Files read at once: enough to keep the disk busy without thousands of open handles. */
const CONCURRENCY = 32;

async function listTextFiles(dir: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    // Hidden files and a folder's README (it describes the corpus, it is not an article) are skipped.
    if (e.name.startsWith('.') || /^readme\.(md|txt)$/i.test(e.name)) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTextFiles(dir, child)));
    // Links, pipes and the like are listed too, so that reading them names the problem (safe-read.ts).
    else if (TEXT_FILE.test(e.name) || e.isSymbolicLink()) out.push(child);
  }
  return out;
}

const idFromPath = (rel: string): string =>
  rel
    .replace(TEXT_FILE, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX_LENGTH - 8) || 'document'; // room for a "-2" suffix within the id limit

async function readOne(
  corpusDir: string,
  meta: DocumentMeta,
  problems: InputProblem[],
): Promise<SourceDocument | null> {
  // Only a regular file really inside the folder is read: never a link, a pipe or a folder.
  const read = await readFileInside(corpusDir, meta.path, { maxBytes: MAX_DOCUMENT_BYTES });
  if (!read.ok) {
    problems.push({
      source: meta.path,
      message: `${meta.path}: ${read.reason} The file was skipped; the other documents are still used.`,
      severity: 'error',
    });
    return null;
  }
  const decoded = decodeText(read.bytes, meta.path);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return null;
  }
  return { ...meta, text: decoded.text, hash: sha256(decoded.text) };
}

export async function loadCorpus(
  corpusDir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedCorpus> {
  const problems: InputProblem[] = [];
  // Everything else is a per-document problem; a missing corpus folder means there is nothing to load.
  const folder = await stat(corpusDir).catch(() => null);
  if (!folder) throw new Error(`The corpus folder ${corpusDir} does not exist.`);
  if (!folder.isDirectory()) throw new Error(`The corpus path ${corpusDir} is a file, not a folder.`);
  const manifest = await readCorpusManifest(corpusDir, problems);
  const files = await listTextFiles(corpusDir);
  const listed = new Set((manifest ?? []).map((m) => m.path));
  const metas: Array<ManifestEntry | { inferPath: string }> = [...(manifest ?? [])];
  for (const rel of files) if (!listed.has(rel)) metas.push({ inferPath: rel });
  if (manifest && metas.length > manifest.length) {
    problems.push({
      source: 'corpus.json',
      message: `corpus.json does not list ${metas.length - manifest.length} text file(s); they were read with metadata inferred from their text.`,
      severity: 'warning',
    });
  }

  const ids = new Set<string>();
  const results: Array<SourceDocument | null> = new Array(metas.length).fill(null);
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < metas.length) {
      const i = next++;
      const entry = metas[i]!;
      let meta: DocumentMeta;
      if ('inferPath' in entry) {
        const base: DocumentMeta = {
          id: idFromPath(entry.inferPath),
          path: entry.inferPath,
          title: entry.inferPath,
          outlet: null,
          author: null,
          published: null,
          publishedNote: null,
          language: 'en',
          translationOf: null,
        };
        const doc = await readOne(corpusDir, base, problems);
        if (doc) {
          const inferred = inferMetadata(doc.text, entry.inferPath);
          results[i] = {
            ...doc,
            title: inferred.title,
            outlet: inferred.outlet,
            published: inferred.published,
            publishedNote: inferred.publishedNote,
          };
          if (!inferred.published) {
            problems.push({
              source: entry.inferPath,
              message: `${entry.inferPath}: ${inferred.publishedNote} It is listed as undated.`,
              severity: 'warning',
            });
          }
        }
      } else {
        meta = { ...entry, title: entry.title ?? entry.path };
        const doc = await readOne(corpusDir, meta, problems);
        if (doc && (entry.title === null || entry.published === null)) {
          // corpus.json left these out: the text's first line and dateline fill them in.
          const inferred = inferMetadata(doc.text, entry.path);
          results[i] = {
            ...doc,
            title: entry.title ?? inferred.title,
            ...(entry.published === null && inferred.published
              ? { published: inferred.published, publishedNote: inferred.publishedNote }
              : {}),
          };
        } else results[i] = doc;
      }
      onProgress?.(++done, metas.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, metas.length) }, worker));

  const documents: SourceDocument[] = [];
  for (const doc of results) {
    if (!doc) continue;
    // Two files may slug to the same id: keep both, the second with a suffix.
    let id = doc.id;
    for (let k = 2; ids.has(id); k++) id = `${doc.id}-${k}`;
    ids.add(id);
    documents.push(id === doc.id ? doc : { ...doc, id });
  }
  return { documents, problems };
}
