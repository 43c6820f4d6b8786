/**
 * The worker path the Electron app uses, run in Node: the real worker bundled by esbuild (as
 * scripts/build-electron.mjs does) gives the same matrix as the in-process pipeline.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../shared/derive/test-support/seed-corpus';
import { deriveInWorker } from './derive-in-worker';
import { createMatrixService } from './matrix-service';

let workerFile: string;

beforeAll(async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'standpoint-worker-'));
  workerFile = path.join(out, 'derive-worker.mjs');
  await build({
    entryPoints: [path.resolve('electron/services/corpus/derive-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}, 60_000);

const withoutTimes = (m: { generatedAt: string; stats: object }) => ({
  ...m,
  generatedAt: '',
  stats: { ...m.stats, millis: 0 },
});

describe('derivation on a worker thread', () => {
  it('gives the same matrix as the in-process pipeline', async () => {
    const dir = () => mkdtempSync(path.join(os.tmpdir(), 'standpoint-cache-'));
    const common = { corpusDir: CORPUS_DIR, ontologyPath: path.join(CORPUS_DIR, 'ontology.json') };
    const inWorker = await createMatrixService({
      ...common,
      cacheDir: dir(),
      deriveWorkerFile: workerFile,
    }).getMatrix();
    const inProcess = await createMatrixService({ ...common, cacheDir: dir() }).getMatrix();
    expect(withoutTimes(inWorker)).toEqual(withoutTimes(inProcess));
    expect(inWorker.stats.citations).toBeGreaterThan(0);
  });

  it('reports a worker that cannot start', async () => {
    await expect(
      deriveInWorker(path.join(os.tmpdir(), 'no-such-worker.mjs'), {
        documents: [],
        ontology: {} as never,
        problems: [],
      }),
    ).rejects.toThrow(/derivation worker/);
  });
});
