/**
 * npm run evaluate -- --corpus DIR --gold FILE [--ontology FILE] [--min 0.85] [--quiet]
 *
 * Derives the matrix of a corpus folder and compares it with a gold file (format: corpus/README.md,
 * "Gold files"): each cell right or wrong with its citations, precision, recall and a confusion
 * table. Exits 1 when recall is below --min, 2 on bad input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldFileSchema } from '../../shared/derive/evaluate';
import { createSegmenter } from '../../shared/derive/segment';
import { evaluationReport, percent } from './evaluation-report';
import { scoreCorpus, type CorpusScore } from './score-corpus';
import { runMain } from './run-main';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run evaluate -- --corpus DIR --gold FILE [--ontology FILE] [--min 0..1] [--quiet]';

interface Args {
  corpus: string;
  gold: string;
  ontology: string | null;
  min: number | null;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: '', gold: '', ontology: null, min: null, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (flag === '--quiet') {
      args.quiet = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--corpus') args.corpus = path.resolve(value);
    else if (flag === '--gold') args.gold = path.resolve(value);
    else if (flag === '--ontology') args.ontology = path.resolve(value);
    else if (flag === '--min') {
      const min = Number(value);
      if (!(min >= 0 && min <= 1)) throw new Error(`--min must be a number from 0 to 1, not "${value}"`);
      args.min = min;
    } else throw new Error(`unexpected argument "${flag}"\n${USAGE}`);
  }
  if (!args.corpus || !args.gold) throw new Error(`--corpus and --gold are required\n${USAGE}`);
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let goldJson: unknown;
  try {
    goldJson = JSON.parse(await readFile(args.gold, 'utf8'));
  } catch (err) {
    process.stderr.write(`cannot read the gold file ${args.gold}: ${(err as Error).message}\n`);
    return 2;
  }
  const parsed = goldFileSchema.safeParse(goldJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    process.stderr.write(
      `the gold file ${args.gold} is not valid: ${issue?.path.join('.') || '(root)'}: ${issue?.message}\n`,
    );
    return 2;
  }
  let score: CorpusScore;
  try {
    score = await scoreCorpus(PROJECT, args.corpus, parsed.data, args.ontology, createSegmenter());
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  for (const p of score.problems) process.stderr.write(`${p}\n`);

  const out = evaluationReport(score, args.quiet);
  process.stdout.write(`${out.join('\n')}\n`);
  const { recall } = score.result;
  if (args.min !== null && recall < args.min) {
    process.stderr.write(`recall ${percent(recall)} is below --min ${percent(args.min)}\n`);
    return 1;
  }
  return 0;
}

runMain(main);
