/**
 * `npm run bench`: the performance figures of Standpoint, measured on this machine. A benchmark,
 * not a test: it prints numbers and fails only if a stage cannot run.
 *   npm run bench -- [--only derive,analyst,search,web,render,vocabulary]
 */
import { parseArgs } from 'node:util';
import { runAnalystBench } from './analyst-bench';
import { runDeriveBench } from './derive-bench';
import { runRenderBench } from './render-bench';
import { runSearchBench } from './search-bench';
import { runVocabularyBench } from './vocabulary-bench';
import { runWebPaintBench } from './web-paint-bench';

type Stage = () => Promise<Record<string, number>> | Record<string, number>;

const stages: Record<string, Stage> = {
  derive: runDeriveBench,
  analyst: runAnalystBench,
  search: runSearchBench,
  web: runWebPaintBench,
  render: runRenderBench,
  vocabulary: runVocabularyBench,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const selected = values.only ? values.only.split(',') : Object.keys(stages);
  for (const name of selected) {
    const stage = stages[name];
    if (!stage) throw new Error(`Unknown bench stage "${name}"; stages: ${Object.keys(stages).join(', ')}`);
    process.stderr.write(`running ${name}…\n`);
    const figures = await stage();
    for (const [label, value] of Object.entries(figures)) {
      console.log(`${label.padEnd(64)} ${value.toFixed(value < 10 ? 2 : 0).padStart(10)}`);
    }
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
