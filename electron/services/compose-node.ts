/**
 * The services as plain Node runs them (browser mode, the brief CLI, tests): persisted through
 * conf, PDFs printed by the system Chromium.
 */
import { createConfStore } from './analyst/key-value-store';
import { createAppServices } from './compose';
import { createChromiumPdfRenderer } from './export/chromium-pdf';

export function createNodeAppServices(options: {
  corpusDir: string;
  dataDir: string;
  log: (message: string) => void;
}) {
  return createAppServices({
    ...options,
    transport: 'web',
    version: process.env.npm_package_version ?? '0.1.0',
    openStore: createConfStore,
    pdfRenderer: createChromiumPdfRenderer(),
  });
}
