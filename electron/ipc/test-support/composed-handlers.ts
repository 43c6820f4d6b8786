/**
 * The real composed services on the seed corpus, with a fresh data folder, behind the shared IPC
 * handlers: what the IPC tests dispatch to. PDF export is exercised by the export tests; here a
 * request for a PDF must simply not crash main, so the renderer refuses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppServices } from '../../services/app-services';
import { createAppServices } from '../../services/compose';
import type { PdfRenderer } from '../../services/export/pdf-renderer';
import { createHandlers } from '../handlers';

export const SEED_CORPUS_DIR = path.resolve('corpus');

const refusingPdf: PdfRenderer = {
  render: () => Promise.reject(new Error('PDF rendering is not part of this test')),
};

export interface ComposedHandlers {
  dataDir: string;
  services: AppServices;
  dispatch: ReturnType<typeof createHandlers>['dispatch'];
  /** Releases the data folder and deletes it. */
  close(): Promise<void>;
}

/**
 * `existingDataDir` opens a data folder the test prepared (a store written by an older version);
 * close then leaves it for the test to delete.
 */
export async function composeHandlers(prefix: string, existingDataDir?: string): Promise<ComposedHandlers> {
  const dataDir = existingDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const composed = await createAppServices({
    transport: 'web',
    version: 'test',
    corpusDir: SEED_CORPUS_DIR,
    defaultOntologyPath: path.join(SEED_CORPUS_DIR, 'ontology.json'),
    dataDir,
    pdfRenderer: refusingPdf,
    useWorker: false,
    log: () => {},
  });
  return {
    dataDir,
    services: composed.services,
    dispatch: createHandlers(composed.services).dispatch,
    close: async () => {
      await composed.dispose();
      if (!existingDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
