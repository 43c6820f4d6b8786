/**
 * The corpus worker as the app runs it: bundled by the app's own build options (not from source), on a
 * real thread. It derives like the pipeline, and reads an imported PDF and Word file through the file
 * readers it loads only on first use.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerBundle } from '../../../scripts/electron-bundles.mjs';
import { seedDocuments, seedOntology } from '../../../shared/derive/test-support/seed-corpus';
import { makeDocx, makePdf } from '../import/test-support/make-files';
import type { Extracted } from '../import/importers/types';
import { createInProcessDeriver, createWorkerDeriver } from './document-deriver';
import { TaskWorker } from './task-worker';

describe('the bundled corpus worker', () => {
  // Inside the project, as dist-electron is: pdf.js looks up its optional canvas package at run time.
  const cache = fileURLToPath(new URL('../../../.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'worker-bundle-'));
  const bundledFile = path.join(dir, 'derive-worker.mjs');
  beforeAll(async () => {
    await build({ ...workerBundle, outfile: bundledFile, sourcemap: false, logLevel: 'silent' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('derives each seed document exactly as in-process', async () => {
    const pool = createWorkerDeriver({ bundledFile, timeLimitMs: 60_000, threads: 1 });
    const inProcess = createInProcessDeriver();
    try {
      pool.setOntology(seedOntology());
      inProcess.setOntology(seedOntology());
      for (const doc of seedDocuments()) {
        const outcome = await pool.derive(doc);
        expect(outcome.ok).toBe(true);
        expect(outcome).toEqual(await inProcess.derive(doc));
      }
    } finally {
      await pool.dispose();
    }
  }, 120_000);

  it('reads an imported PDF and Word file', async () => {
    const worker = new TaskWorker({
      bundledFile,
      sourceModule: new URL('./derive-worker.ts', import.meta.url),
    });
    try {
      const pdf = await worker.run<Extracted>(
        'extract',
        {
          bytes: new Uint8Array(makePdf([['NATO rejected the demand to halt enlargement.']])),
          fileName: 'a.pdf',
        },
        60_000,
      );
      expect(pdf.format).toBe('pdf');
      expect(pdf.text).toContain('NATO rejected the demand to halt enlargement.');
      const docx = await worker.run<Extracted>(
        'extract',
        { bytes: new Uint8Array(await makeDocx(['Moscow insists on guarantees.'])), fileName: 'b.docx' },
        60_000,
      );
      expect(docx).toMatchObject({ format: 'docx', text: 'Moscow insists on guarantees.' });
    } finally {
      await worker.dispose();
    }
  }, 120_000);
});
