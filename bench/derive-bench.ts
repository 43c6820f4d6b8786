/**
 * Derivation timings in milliseconds: the seed corpus (read + derive), a generated 1,000-document
 * corpus (read + derive), and a second start on that corpus served from the matrix cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { makeDocument } from '../shared/model/test-support/make-document';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveMatrix } from '../shared/derive/derive-matrix';
import { parseOntology } from '../shared/derive/ontology-parse';
import { createMatrixService } from '../electron/services/corpus/matrix-service';
import { defaultThreadCount } from '../electron/services/corpus/document-deriver';
import { loadCorpus } from '../electron/services/corpus/load-corpus';
import { generateCorpus } from './generate-corpus';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ONTOLOGY = path.join(PROJECT, 'corpus', 'ontology.json');
/** The worker the app derives on (`npm run build:electron`; `npm run bench` builds it first). */
const WORKER_BUNDLE = path.join(PROJECT, 'dist-electron', 'derive-worker.mjs');

/** Newest modification time of the TypeScript sources under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(dir, name)).mtimeMs);
  }
  return newest;
}

/**
 * The bundled worker when it is there and newer than the sources it is built from (a stale bundle
 * would measure old code); otherwise the threads run the worker from source, through tsx.
 */
function freshWorkerBundle(): string | undefined {
  if (!existsSync(WORKER_BUNDLE)) return undefined;
  const built = statSync(WORKER_BUNDLE).mtimeMs;
  const sources = ['shared', 'electron'].map((dir) => newestSource(path.join(PROJECT, dir)));
  return Math.max(...sources) <= built ? WORKER_BUNDLE : undefined;
}

async function timeDerive(corpusDir: string): Promise<number> {
  const started = performance.now();
  const { documents, problems } = await loadCorpus(corpusDir);
  const { ontology } = parseOntology(readFileSync(ONTOLOGY, 'utf8'), 'ontology.json');
  deriveMatrix(documents, ontology!, { problems });
  return performance.now() - started;
}

export async function runDeriveBench(): Promise<Record<string, number>> {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  // Warm up the segmenter's model once so the seed figure measures derivation, not module loading.
  await timeDerive(path.join(PROJECT, 'corpus'));
  const seeds = await timeDerive(path.join(PROJECT, 'corpus'));

  const generated = generateCorpus(1000);
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'standpoint-bench-cache-'));
  try {
    const thousand = await timeDerive(generated);
    // The same again in this process: the engine's speed once V8 has compiled it. The first run pays
    // for that compilation (on two cores most of its time); a workspace's first start pays it once.
    const thousandWarm = await timeDerive(generated);
    const options = { corpusDir: generated, ontologyPath: ONTOLOGY, cacheDir };
    let started = performance.now();
    await createMatrixService(options).getMatrix();
    const firstStart = performance.now() - started;
    // As the app derives: on worker threads, one per core but one, running the app's worker bundle
    // when it is up to date, else the worker from source through tsx (the label says which).
    const bundle = freshWorkerBundle();
    const threadCache = mkdtempSync(path.join(tmpdir(), 'standpoint-bench-cache-'));
    const threaded = createMatrixService({
      ...options,
      cacheDir: threadCache,
      useWorker: true,
      deriveWorkerFile: bundle,
    });
    started = performance.now();
    await threaded.getMatrix();
    const threadedStart = performance.now() - started;
    await threaded.dispose();
    rmSync(threadCache, { recursive: true, force: true });
    started = performance.now();
    const service = createMatrixService(options);
    await service.getMatrix();
    const cachedStart = performance.now() - started;
    // A new article in a 1,000-document workspace: that document alone is derived, then the cells re-aggregated.
    const text =
      'Moscow, Feb. 2, 2022.\n\nThe alliance expressed its readiness to discuss the 1997 positions.';
    writeFileSync(path.join(generated, 'added.txt'), text);
    const derivedBefore = service.derivations;
    started = performance.now();
    await service.addDocuments([makeDocument('added', text, { path: 'added.txt', published: '2022-02-02' })]);
    await service.getMatrix();
    const addOne = performance.now() - started;
    if (service.derivations - derivedBefore !== 1)
      throw new Error('adding one document derived more than one');
    await service.dispose();
    return {
      'derive seeds (5 docs) ms': round(seeds),
      'derive 1,000 generated docs ms': round(thousand),
      'derive 1,000 generated docs again, warm (same process) ms': round(thousandWarm),
      'first start, 1,000 docs (derive + write cache) ms': round(firstStart),
      [`first start, 1,000 docs, on ${defaultThreadCount()} worker threads (${bundle ? 'bundled worker' : 'worker from source'}) ms`]:
        round(threadedStart),
      'second start, 1,000 docs (from cache) ms': round(cachedStart),
      'add one document to 1,000 (derive it, re-aggregate) ms': round(addOne),
    };
  } finally {
    rmSync(generated, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// Run directly: `npx tsx bench/derive-bench.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  runDeriveBench().then((r) => console.table(r));
}
