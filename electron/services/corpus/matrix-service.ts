/**
 * The derived matrix for the main process. Runs the shared pipeline on the corpus folder and keeps
 * the result on disk in cacheDir, keyed by the documents' content hashes and the ontology (with the
 * analyst's edits) — so a second start, or the same edits again, does not re-derive.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RequestError } from '../../../shared/ipc/contract';
import { stanceMatrixSchema } from '../../../shared/ipc/schemas';
import type { OntologyEdit } from '../../../shared/model/analyst';
import type { InputProblem, SourceDocument } from '../../../shared/model/corpus';
import type { StanceMatrix } from '../../../shared/model/matrix';
import type { Ontology } from '../../../shared/model/ontology';
import { deriveMatrix } from '../../../shared/derive/derive-matrix';
import { applyOntologyEdits } from '../../../shared/derive/ontology-edits';
import { parseOntology } from '../../../shared/derive/ontology-parse';
import { deriveInWorker } from './derive-in-worker';
import { sha256 } from './hash';
import { loadCorpus, type LoadedCorpus } from './load-corpus';
import { readFileInside } from '../safe-read';

/** Bump when the pipeline's output changes for the same inputs, so old caches are not reused. */
export const PIPELINE_VERSION = 3;

export interface MatrixServiceOptions {
  corpusDir: string;
  ontologyPath: string;
  cacheDir: string;
  log?: (message: string) => void;
  /**
   * The bundled derivation worker (dist-electron/derive-worker.mjs): derive off the calling thread.
   * Without it the pipeline runs in-process (browser mode, the CLIs, tests).
   */
  deriveWorkerFile?: string;
}

export interface MatrixService {
  getMatrix(ontologyEdits?: OntologyEdit[]): Promise<StanceMatrix>;
  getDocument(id: string): Promise<SourceDocument>;
  documents(): Promise<SourceDocument[]>;
  /** ontology.json as read (before the analyst's edits), with what was wrong with it. */
  ontology(): Promise<{ ontology: Ontology; problems: InputProblem[] }>;
  /** How many times the pipeline actually ran (the rest came from the cache): for tests and logs. */
  readonly derivations: number;
}

const EMPTY_ONTOLOGY: Ontology = {
  version: 1,
  parties: [],
  demands: [],
  cues: { supports: [], rejects: [], open: [], unclear: [], negations: [] },
};

/** Cached matrices kept: each analyst ontology edit makes a new one, the old ones are rarely reused. */
const CACHE_KEEP = 8;

async function pruneCache(cacheDir: string, keep: string): Promise<void> {
  const files = (await readdir(cacheDir)).filter((f) => /^matrix-[0-9a-f]+\.json$/.test(f));
  if (files.length <= CACHE_KEEP) return;
  const dated = await Promise.all(
    files.map(async (f) => ({
      file: path.join(cacheDir, f),
      mtime: (await stat(path.join(cacheDir, f))).mtimeMs,
    })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of dated.slice(CACHE_KEEP)) if (file !== keep) await rm(file, { force: true });
}

export function createMatrixService(options: MatrixServiceOptions): MatrixService {
  const log = options.log ?? (() => {});
  let corpus: Promise<LoadedCorpus> | null = null;
  const memory = new Map<string, Promise<StanceMatrix>>();
  let derivations = 0;

  const loaded = (): Promise<LoadedCorpus> => (corpus ??= loadCorpus(options.corpusDir));

  async function readOntology(): Promise<{ ontology: Ontology; problems: InputProblem[] }> {
    const name = path.basename(options.ontologyPath);
    // Read as a regular file only: an ontology.json that is a pipe or a link is refused, not waited on.
    const read = await readFileInside(path.dirname(options.ontologyPath), name, {
      maxBytes: 5 * 1024 * 1024,
      limitOf: 'for an ontology',
    });
    if (!read.ok) {
      const problem: InputProblem = {
        source: name,
        message: `${name} ${read.reason.replace(/\.$/, '')}; no party or demand is known.`,
        severity: 'error',
      };
      return { ontology: EMPTY_ONTOLOGY, problems: [problem] };
    }
    const raw = read.bytes.toString('utf8');
    const { ontology, problems } = parseOntology(raw, name);
    // A broken ontology still gives a matrix (empty) that carries the problems, so the app can show them.
    return { ontology: ontology ?? EMPTY_ONTOLOGY, problems };
  }

  async function readCache(file: string): Promise<StanceMatrix | null> {
    try {
      const parsed = stanceMatrixSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? (parsed.data as StanceMatrix) : null;
    } catch {
      return null;
    }
  }

  async function writeCache(file: string, matrix: StanceMatrix): Promise<void> {
    try {
      await mkdir(options.cacheDir, { recursive: true });
      // Write then rename, so a crash never leaves a half-written cache behind.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(matrix));
      await rename(tmp, file);
      await pruneCache(options.cacheDir, file);
    } catch (err) {
      log(`matrix cache not written (${(err as Error).message}); the matrix will be derived again next time`);
    }
  }

  async function compute(ontologyEdits: OntologyEdit[]): Promise<StanceMatrix> {
    const { documents, problems: corpusProblems } = await loaded();
    const { ontology: base, problems: ontologyProblems } = await readOntology();
    const ontology = applyOntologyEdits(base, ontologyEdits);
    const key = sha256(
      JSON.stringify({
        pipeline: PIPELINE_VERSION,
        documents: documents.map((d) => [
          d.id,
          d.path,
          d.hash,
          d.title,
          d.outlet,
          d.published,
          d.language,
          d.translationOf,
        ]),
        ontology,
        problems: [...corpusProblems, ...ontologyProblems],
      }),
    );
    const file = path.join(options.cacheDir, `matrix-${key.slice(0, 32)}.json`);
    const cached = await readCache(file);
    if (cached) {
      log(`matrix loaded from cache ${path.basename(file)}`);
      return cached;
    }
    derivations++;
    const problems = [...corpusProblems, ...ontologyProblems];
    const matrix = options.deriveWorkerFile
      ? await deriveInWorker(options.deriveWorkerFile, { documents, ontology, problems })
      : deriveMatrix(documents, ontology, { problems });
    log(
      `matrix derived: ${matrix.stats.documents} documents, ${matrix.stats.citations} citations in ${matrix.stats.millis} ms`,
    );
    await writeCache(file, matrix);
    return matrix;
  }

  return {
    get derivations() {
      return derivations;
    },
    getMatrix(ontologyEdits = []) {
      const memoKey = JSON.stringify(ontologyEdits.map((e) => [e.kind, e.id, e.updatedAt]));
      let result = memory.get(memoKey);
      if (!result) {
        result = compute(ontologyEdits);
        memory.set(memoKey, result);
        result.catch(() => memory.delete(memoKey));
      }
      return result;
    },
    async documents() {
      return (await loaded()).documents;
    },
    ontology: readOntology,
    async getDocument(id: string) {
      const doc = (await loaded()).documents.find((d) => d.id === id);
      if (!doc) throw new RequestError(`There is no document with id "${id}" in the corpus.`, ['id']);
      return doc;
    },
  };
}
