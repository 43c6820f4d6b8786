/**
 * Runs the derivation on a worker thread, so the Electron main process stays responsive while a
 * large corpus (or an ontology edit) is derived. Bundled as its own file (scripts/build-electron.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deriveMatrix } from '../../../shared/derive/derive-matrix';
import type { DeriveJob } from './derive-in-worker';

const { documents, ontology, problems } = workerData as DeriveJob;
try {
  parentPort!.postMessage({ ok: true, matrix: deriveMatrix(documents, ontology, { problems }) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
