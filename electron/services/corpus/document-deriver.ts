/**
 * Derives single documents, on a worker thread (with a time limit per document) or in-process.
 * A document that fails or runs out of time becomes a problem naming it; the others go on.
 */
import type { CompiledOntology } from '../../../shared/derive/compile-ontology';
import type { Segmenter } from '../../../shared/derive/segment';
import {
  compileForSegmenter,
  defaultSegmenter,
  deriveDocument,
  type DocumentOutcome,
} from '../../../shared/corpus/assemble-matrix';
import type { SourceDocument } from '../../../shared/model/corpus';
import type { Ontology } from '../../../shared/model/ontology';
import { availableParallelism } from 'node:os';
import { TaskWorker, TimeLimitError } from './task-worker';

/** Long enough for a 20 MB text on a slow machine; short enough that nothing hangs for good. */
export const DEFAULT_DOCUMENT_TIME_LIMIT_MS = 60_000;

export interface DocumentDeriver {
  setOntology(ontology: Ontology): void;
  derive(document: SourceDocument): Promise<DocumentOutcome>;
  /** How many documents are worth deriving at once (the threads it derives on). */
  readonly concurrency: number;
  dispose(): Promise<void>;
}

const failed = (doc: SourceDocument, why: string): DocumentOutcome => ({
  ok: false,
  problem: {
    source: doc.path,
    message: `${doc.path}: could not be derived: ${why}. It contributes no citations; the other documents are still used.`,
    severity: 'error',
  },
});

export function createInProcessDeriver(): DocumentDeriver {
  let compiled: CompiledOntology | null = null;
  let segmenter: Segmenter | null = null;
  return {
    concurrency: 1,
    setOntology(ontology) {
      segmenter ??= defaultSegmenter();
      compiled = compileForSegmenter(ontology, segmenter);
    },
    async derive(doc) {
      try {
        return { ok: true, result: deriveDocument(doc, compiled!, segmenter!) };
      } catch (error) {
        return failed(doc, (error as Error).message);
      }
    },
    async dispose() {},
  };
}

/**
 * Threads to derive on: one per core but one (the main thread reads, caches and assembles), at most
 * four, since each thread compiles and warms up its own copy of the pipeline.
 */
export const defaultThreadCount = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * Derives on `threads` worker threads, each document on the thread with the fewest waiting; a
 * document past the time limit stops only its own thread.
 */
export function createWorkerDeriver(options: {
  bundledFile?: string;
  timeLimitMs?: number;
  threads?: number;
}): DocumentDeriver & { readonly workers: readonly TaskWorker[] } {
  const workers = Array.from(
    { length: Math.max(1, options.threads ?? defaultThreadCount()) },
    () =>
      new TaskWorker({
        bundledFile: options.bundledFile,
        sourceModule: new URL('./derive-worker.ts', import.meta.url),
      }),
  );
  const waiting = workers.map(() => 0);
  const limit = options.timeLimitMs ?? DEFAULT_DOCUMENT_TIME_LIMIT_MS;
  return {
    workers,
    concurrency: workers.length,
    setOntology(ontology) {
      for (const worker of workers) worker.configure('ontology', { ontology });
    },
    async derive(doc) {
      const index = waiting.indexOf(Math.min(...waiting));
      waiting[index]!++;
      try {
        const result = await workers[index]!.run<Extract<DocumentOutcome, { ok: true }>['result']>(
          'derive',
          { document: doc },
          limit,
        );
        return { ok: true, result };
      } catch (error) {
        if (error instanceof TimeLimitError)
          return failed(doc, `${error.message}, the time limit for one document`);
        return failed(doc, (error as Error).message);
      } finally {
        waiting[index]!--;
      }
    },
    dispose: async () => {
      await Promise.all(workers.map((w) => w.dispose()));
    },
  };
}
