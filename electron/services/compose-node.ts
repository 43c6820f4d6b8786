/**
 * The services as plain Node runs them (browser mode, the brief CLI, tests): PDFs printed by the
 * system Chromium.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from './compose';
import { createChromiumPdfRenderer } from './export/chromium-pdf';

/** The project's own corpus folder: the default corpus, and its ontology serves folders that bring none. */
export const PROJECT_CORPUS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'corpus',
);

export function createNodeAppServices(options: {
  /** A plain folder of articles, opened read-only (as before workspaces). */
  corpusDir?: string;
  workspaceDir?: string;
  dataDir: string;
  log: (message: string) => void;
}) {
  return createAppServices({
    ...options,
    defaultOntologyPath: path.join(PROJECT_CORPUS_DIR, 'ontology.json'),
    transport: 'web',
    version: process.env.npm_package_version ?? '0.1.0',
    pdfRenderer: createChromiumPdfRenderer(),
  });
}
