/**
 * The derived matrix for the main process, kept up to date one document at a time. Each
 * document's derivation is cached (in memory and on disk under cacheDir, keyed by the ontology with
 * the analyst's edits, the document's id, text hash and date, and the pipeline version): adding,
 * editing or removing a document derives that document alone and re-aggregates the cells; a second
 * start reads every document from the cache. Only an ontology change derives everything again.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RequestError } from '../../../shared/ipc/contract';
import type { OntologyEdit } from '../../../shared/model/analyst';
import type { InputProblem, SourceDocument } from '../../../shared/model/corpus';
import type { StanceMatrix } from '../../../shared/model/matrix';
import type { Ontology } from '../../../shared/model/ontology';
import { assembleMatrix, type DocumentOutcome } from '../../../shared/corpus/assemble-matrix';
import { applyOntologyEdits } from '../../../shared/derive/ontology-edits';
import { parseOntology } from '../../../shared/derive/ontology-parse';
import { createInProcessDeriver, createWorkerDeriver, type DocumentDeriver } from './document-deriver';
import { sha256 } from './hash';
import { loadCorpus, type LoadedCorpus } from './load-corpus';
import { readFileInside } from '../safe-read';
import { lexiconDefaultsFrom } from './lexicon-defaults';

/** Part of every cache key: caches derived by another version of shared/derive are not reused. */
export { PIPELINE_VERSION } from '../../../shared/derive/pipeline-version';
import { PIPELINE_VERSION } from '../../../shared/derive/pipeline-version';

export interface MatrixServiceOptions {
  corpusDir: string;
  ontologyPath: string;
  /** The shipped ontology, whose English cues and office words fill in an ontology that leaves them out. */
  lexiconFrom?: string;
  cacheDir: string;
  log?: (message: string) => void;
  /** The bundled worker (dist-electron/derive-worker.mjs, Electron): derive on it. */
  deriveWorkerFile?: string;
  /** Derive on a worker thread run from source (browser mode, the CLIs); ignored with deriveWorkerFile. */
  useWorker?: boolean;
  /** Time limit for one document on the worker. */
  documentTimeLimitMs?: number;
  /** Worker threads to derive on (default: one per core but one, at most four). */
  deriveThreads?: number;
}

export interface MatrixService {
  getMatrix(ontologyEdits?: OntologyEdit[]): Promise<StanceMatrix>;
  getDocument(id: string): Promise<SourceDocument>;
  documents(): Promise<SourceDocument[]>;
  /** ontology.json as read (before the analyst's edits), with what was wrong with it. */
  ontology(): Promise<{ ontology: Ontology; problems: InputProblem[] }>;
  /** New documents, already written to the corpus folder: derived alone at the next getMatrix. */
  addDocuments(documents: SourceDocument[]): Promise<void>;
  /** A document whose metadata or text changed. */
  replaceDocument(document: SourceDocument): Promise<void>;
  removeDocument(id: string): Promise<void>;
  /** How many documents the pipeline actually derived (the rest came from a cache): for tests and logs. */
  readonly derivations: number;
  /** While a matrix is being made: how many of the documents to read or derive are done. */
  progress(): DerivationProgress;
  dispose(): Promise<void>;
}

export interface DerivationProgress {
  deriving: boolean;
  done: number;
  total: number;
}

const EMPTY_ONTOLOGY: Ontology = {
  version: 1,
  parties: [],
  demands: [],
  cues: { supports: [], rejects: [], open: [], unclear: [], negations: [] },
};

/** Ontology versions whose per-document caches are kept on disk (each analyst edit makes one). */
const CACHE_KEEP = 4;

/** What a document's derivation depends on besides the ontology. */
const documentKey = (d: SourceDocument) =>
  sha256(JSON.stringify([PIPELINE_VERSION, d.id, d.hash, d.published])).slice(0, 32);

export function createMatrixService(options: MatrixServiceOptions): MatrixService {
  const log = options.log ?? (() => {});
  let corpus: Promise<LoadedCorpus> | null = null;
  let derivations = 0;
  let deriver: DocumentDeriver | null = null;
  let running: DerivationProgress | null = null;
  /** Outcomes of the current ontology, by document id, with the document key they were made for. */
  let outcomes = new Map<string, { key: string; outcome: DocumentOutcome }>();
  let outcomesFor = '';
  let current: { key: string; matrix: Promise<StanceMatrix> } | null = null;
  /** Every change to the documents goes through this chain, so a derivation never sees half of one. */
  let chain: Promise<unknown> = Promise.resolve();
  let version = 0;

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => {});
    return next;
  };
  const loaded = (): Promise<LoadedCorpus> => (corpus ??= loadCorpus(options.corpusDir));
  const deriverFor = (): DocumentDeriver =>
    (deriver ??=
      options.deriveWorkerFile || options.useWorker
        ? createWorkerDeriver({
            bundledFile: options.deriveWorkerFile,
            timeLimitMs: options.documentTimeLimitMs,
            threads: options.deriveThreads,
          })
        : createInProcessDeriver());

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
    const defaults = options.lexiconFrom ? lexiconDefaultsFrom(options.lexiconFrom) : undefined;
    const { ontology, problems } = parseOntology(raw, name, defaults);
    // A broken ontology still gives a matrix (empty) that carries the problems, so the app can show them.
    return { ontology: ontology ?? EMPTY_ONTOLOGY, problems };
  }

  const cacheFolder = (ontologyKey: string) => path.join(options.cacheDir, 'documents', ontologyKey);

  async function readCached(ontologyKey: string, key: string): Promise<DocumentOutcome | null> {
    try {
      const result = JSON.parse(await readFile(path.join(cacheFolder(ontologyKey), `${key}.json`), 'utf8'));
      if (
        !Array.isArray(result?.citations) ||
        !Array.isArray(result.mentions) ||
        !Array.isArray(result.problems) ||
        typeof result.sentences !== 'number'
      )
        return null;
      return { ok: true, result };
    } catch {
      return null;
    }
  }

  async function writeCached(ontologyKey: string, key: string, outcome: DocumentOutcome): Promise<void> {
    if (!outcome.ok) return; // a failure is tried again next time
    try {
      const folder = cacheFolder(ontologyKey);
      await mkdir(folder, { recursive: true });
      // Write then rename, so a crash never leaves a half-written cache file behind.
      const file = path.join(folder, `${key}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(outcome.result));
      await rename(tmp, file);
    } catch (err) {
      log(`derivation cache not written (${(err as Error).message}); the document will be derived again`);
    }
  }

  async function pruneCache(keep: string): Promise<void> {
    const root = path.join(options.cacheDir, 'documents');
    const folders = await readdir(root).catch(() => [] as string[]);
    if (folders.length <= CACHE_KEEP) return;
    const dated = await Promise.all(
      folders.map(async (f) => ({
        f,
        mtime: (await stat(path.join(root, f)).catch(() => null))?.mtimeMs ?? 0,
      })),
    );
    dated.sort((a, b) => b.mtime - a.mtime);
    for (const { f } of dated.slice(CACHE_KEEP))
      if (f !== keep) await rm(path.join(root, f), { recursive: true, force: true });
  }

  async function compute(ontologyEdits: OntologyEdit[]): Promise<StanceMatrix> {
    const started = performance.now();
    const { documents, problems: corpusProblems } = await loaded();
    const { ontology: base, problems: ontologyProblems } = await readOntology();
    const ontology = applyOntologyEdits(base, ontologyEdits);
    const ontologyKey = sha256(JSON.stringify({ pipeline: PIPELINE_VERSION, ontology })).slice(0, 24);
    if (ontologyKey !== outcomesFor) {
      outcomes = new Map();
      outcomesFor = ontologyKey;
      deriverFor().setOntology(ontology);
    }
    const live = new Set<string>();
    let fresh = 0;
    const todo: SourceDocument[] = [];
    for (const doc of documents) {
      live.add(doc.id);
      if (outcomes.get(doc.id)?.key !== documentKey(doc)) todo.push(doc);
    }
    // Two documents in flight per thread the deriver has, each read from the cache or derived: a
    // thread's next document is queued before it finishes one, so it never waits on the main thread's
    // cache reads and writes (a tenth or more of a first start with one queued at a time).
    let next = 0;
    running = { deriving: true, done: 0, total: todo.length };
    const lane = async (): Promise<void> => {
      while (next < todo.length) {
        const doc = todo[next++] as SourceDocument;
        const key = documentKey(doc);
        let outcome = await readCached(ontologyKey, key);
        if (!outcome) {
          outcome = await deriverFor().derive(doc);
          derivations++;
          fresh++;
          await writeCached(ontologyKey, key, outcome);
        }
        outcomes.set(doc.id, { key, outcome });
        if (running) running.done++;
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(todo.length, 2 * deriverFor().concurrency) }, lane));
    } finally {
      running = null;
    }
    for (const id of outcomes.keys()) if (!live.has(id)) outcomes.delete(id);
    if (fresh > 0) void pruneCache(ontologyKey);
    const byId = new Map([...outcomes].map(([id, o]) => [id, o.outcome]));
    const millis = Math.round(performance.now() - started);
    const matrix = assembleMatrix(documents, ontology, byId, {
      problems: [...corpusProblems, ...ontologyProblems],
      generatedAt: new Date().toISOString(),
      millis,
    });
    log(
      `matrix: ${documents.length} documents (${fresh} derived, the rest cached), ${matrix.stats.citations} citations in ${millis} ms`,
    );
    return matrix;
  }

  const changed = () => {
    version++;
    current = null;
  };

  return {
    get derivations() {
      return derivations;
    },
    progress: () => (running ? { ...running } : { deriving: false, done: 0, total: 0 }),
    getMatrix(ontologyEdits = []) {
      const key = `${version}|${JSON.stringify(ontologyEdits.map((e) => [e.kind, e.id, e.updatedAt]))}`;
      if (current?.key === key) return current.matrix;
      const matrix = serial(() => compute(ontologyEdits));
      current = { key, matrix };
      matrix.catch(() => {
        if (current?.matrix === matrix) current = null;
      });
      return matrix;
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
    addDocuments(added) {
      return serial(async () => {
        const state = await loaded();
        const ids = new Set(state.documents.map((d) => d.id));
        for (const d of added) {
          if (ids.has(d.id)) throw new Error(`A document with id "${d.id}" is already in the corpus.`);
          ids.add(d.id);
        }
        state.documents = [...state.documents, ...added];
        changed();
      });
    },
    replaceDocument(document) {
      return serial(async () => {
        const state = await loaded();
        const i = state.documents.findIndex((d) => d.id === document.id);
        if (i === -1)
          throw new RequestError(`There is no document with id "${document.id}" in the corpus.`, ['id']);
        state.documents = state.documents.map((d, k) => (k === i ? document : d));
        changed();
      });
    },
    removeDocument(id) {
      return serial(async () => {
        const state = await loaded();
        if (!state.documents.some((d) => d.id === id))
          throw new RequestError(`There is no document with id "${id}" in the corpus.`, ['id']);
        state.documents = state.documents.filter((d) => d.id !== id);
        state.problems = state.problems.filter((p) => p.source !== `${id}.txt`);
        changed();
      });
    },
    async dispose() {
      await chain;
      await deriver?.dispose();
    },
  };
}
