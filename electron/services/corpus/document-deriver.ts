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
import { TaskWorker, TimeLimitError } from './task-worker';

/** Long enough for a 20 MB text on a slow machine; short enough that nothing hangs for good. */
export const DEFAULT_DOCUMENT_TIME_LIMIT_MS = 60_000;

export interface DocumentDeriver {
  setOntology(ontology: Ontology): void;
  derive(document: SourceDocument): Promise<DocumentOutcome>;
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

export function createWorkerDeriver(options: {
  bundledFile?: string;
  timeLimitMs?: number;
}): DocumentDeriver & { readonly worker: TaskWorker } {
  const worker = new TaskWorker({
    bundledFile: options.bundledFile,
    sourceModule: new URL('./derive-worker.ts', import.meta.url),
  });
  const limit = options.timeLimitMs ?? DEFAULT_DOCUMENT_TIME_LIMIT_MS;
  return {
    worker,
    setOntology(ontology) {
      worker.configure('ontology', { ontology });
    },
    async derive(doc) {
      try {
        const result = await worker.run<Extract<DocumentOutcome, { ok: true }>['result']>(
          'derive',
          { document: doc },
          limit,
        );
        return { ok: true, result };
      } catch (error) {
        if (error instanceof TimeLimitError)
          return failed(doc, `${error.message}, the time limit for one document`);
        return failed(doc, (error as Error).message);
      }
    },
    dispose: () => worker.dispose(),
  };
}
