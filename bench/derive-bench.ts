/**
 * Derivation timings in milliseconds: the seed corpus (read + derive), a generated 1,000-document
 * corpus (read + derive), and a second start on that corpus served from the matrix cache.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const options = { corpusDir: generated, ontologyPath: ONTOLOGY, cacheDir };
    let started = performance.now();
    await createMatrixService(options).getMatrix();
    const firstStart = performance.now() - started;
    // As the app derives: on worker threads (run from source here, through tsx), one per core.
    const threadCache = mkdtempSync(path.join(tmpdir(), 'standpoint-bench-cache-'));
    const threaded = createMatrixService({ ...options, cacheDir: threadCache, useWorker: true });
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
      'first start, 1,000 docs (derive + write cache) ms': round(firstStart),
      [`first start, 1,000 docs, on ${defaultThreadCount()} worker threads ms`]: round(threadedStart),
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
