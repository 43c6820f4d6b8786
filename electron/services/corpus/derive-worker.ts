/**
 * The corpus worker thread: derives documents, and extracts the text of imported files, off the
 * main thread (see task-worker.ts). Bundled as dist-electron/derive-worker.mjs for Electron; run
 * from source elsewhere. Each message is one job; replies carry the job's id.
 */
import { parentPort } from 'node:worker_threads';
import type { CompiledOntology } from '../../../shared/derive/compile-ontology';
import type { Segmenter } from '../../../shared/derive/segment';
import {
  compileForSegmenter,
  defaultSegmenter,
  deriveDocument,
} from '../../../shared/corpus/assemble-matrix';
import type { SourceDocument } from '../../../shared/model/corpus';
import type { Ontology } from '../../../shared/model/ontology';

let compiled: CompiledOntology | null = null;
let segmenter: Segmenter | null = null;

type Message =
  | { kind: 'ontology'; id: number; ontology: Ontology }
  | { kind: 'derive'; id: number; document: SourceDocument }
  | { kind: 'extract'; id: number; bytes: Uint8Array; fileName: string };

async function handle(message: Message): Promise<unknown> {
  switch (message.kind) {
    case 'ontology':
      segmenter ??= defaultSegmenter();
      compiled = compileForSegmenter(message.ontology, segmenter);
      return null;
    case 'derive':
      if (!compiled || !segmenter) throw new Error('no ontology was given to the worker before a document');
      return deriveDocument(message.document, compiled, segmenter);
    case 'extract': {
      // Loaded on the first import only: a start that only derives does not pay for the PDF, Word and
      // HTML readers (esbuild keeps the module in the same bundle, evaluated when first imported).
      const { extractDocument } = await import('../import/importers');
      return extractDocument(message.bytes, message.fileName);
    }
  }
}

parentPort!.on('message', (message: Message) => {
  handle(message).then(
    (value) => {
      if (message.id !== 0) parentPort!.postMessage({ id: message.id, ok: true, value });
    },
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      if (message.id !== 0) parentPort!.postMessage({ id: message.id, ok: false, message: text });
    },
  );
});
