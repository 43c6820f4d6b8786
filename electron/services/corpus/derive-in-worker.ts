/** Starts the derivation worker (a bundled derive-worker.mjs) for one job and waits for its matrix. */
import { Worker } from 'node:worker_threads';
import type { InputProblem, SourceDocument } from '../../../shared/model/corpus';
import type { StanceMatrix } from '../../../shared/model/matrix';
import type { Ontology } from '../../../shared/model/ontology';

export interface DeriveJob {
  documents: SourceDocument[];
  ontology: Ontology;
  problems: InputProblem[];
}

type WorkerReply = { ok: true; matrix: StanceMatrix } | { ok: false; message: string };

export function deriveInWorker(workerFile: string, job: DeriveJob): Promise<StanceMatrix> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.matrix);
      else reject(new Error(`The derivation failed: ${reply.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new Error(`The derivation worker failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The derivation worker stopped (exit code ${code}) before answering`));
    });
  });
}
