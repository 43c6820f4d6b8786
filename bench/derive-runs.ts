/**
 * The derivation alone, run several times on the generated 1,000-document corpus in one process: wall
 * and CPU milliseconds per run and documents per second. For profiling and for comparing two versions
 * on a busy machine, where CPU time varies less than wall time (the first run is the cold one, paying
 * for V8's compilation; the later ones are warm; CPU time is the whole process's, V8's compiler and
 * collector threads included):
 *   npx tsx bench/derive-runs.ts [runs] [documents]
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/derive-runs.ts 4
 * Unlike `npm run bench`, the corpus is read once and the ontology parsed once, outside the timings.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveMatrix } from '../shared/derive/derive-matrix';
import { parseOntology } from '../shared/derive/ontology-parse';
import { loadCorpus } from '../electron/services/corpus/load-corpus';
import { generateCorpus } from './generate-corpus';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 4);
  const count = Number(process.argv[3] ?? 1000);
  const { ontology } = parseOntology(
    readFileSync(path.join(PROJECT, 'corpus', 'ontology.json'), 'utf8'),
    'ontology.json',
  );
  const dir = generateCorpus(count);
  try {
    const { documents, problems } = await loadCorpus(dir);
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      deriveMatrix(documents, ontology!, { problems });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      console.log(
        `run ${i + 1}${i === 0 ? ' (cold)' : ''}: wall ${wall.toFixed(0)} ms, cpu ${cpuMs.toFixed(0)} ms, ` +
          `${((documents.length * 1000) / wall).toFixed(0)} docs/s (by cpu ${((documents.length * 1000) / cpuMs).toFixed(0)})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
