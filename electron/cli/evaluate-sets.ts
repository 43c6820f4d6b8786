/**
 * npm run evaluate:sets -- [--sets a,b] [--modest] [--details DIR] [--compare FILE]
 *
 * Scores every own-words set of eval/own-words (or those named) with its negotiation's ontology, in
 * one process, and prints one line per set: `set gold right wrong not-in-gold`, then the totals.
 * `--modest` scores with the plainer copies in eval/ontologies/modest (sets without one are left
 * out); `--details DIR` writes each set's full `npm run evaluate` report to DIR/<set>.txt;
 * `--compare FILE` (an earlier output) adds the lines that moved. Exits 2 on bad input.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { goldFileSchema } from '../../shared/derive/evaluate';
import { createSegmenter } from '../../shared/derive/segment';
import { evaluationSets, goldFileOfSet, ontologyOfSet, setsFolder } from './eval-sets';
import { evaluationReport } from './evaluation-report';
import { scoreCorpus } from './score-corpus';
import { movedLines, parseSetLines, setLine, type SetLine } from './set-lines';
import { runMain } from './run-main';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run evaluate:sets -- [--sets a,b] [--modest] [--details DIR] [--compare FILE]';

interface Args {
  sets: string[] | null;
  modest: boolean;
  details: string | null;
  compare: string | null;
}

/** Node's own flag parser: an unknown flag or a flag missing its value is an error naming it. */
function readArgs(argv: string[]): Args & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      sets: { type: 'string' },
      modest: { type: 'boolean', default: false },
      details: { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    sets: values.sets ? values.sets.split(',').filter(Boolean) : null,
    modest: values.modest,
    details: values.details ? path.resolve(values.details) : null,
    compare: values.compare ? path.resolve(values.compare) : null,
    help: values.help,
  };
}

/** The ontology file a set is scored with, or null when --modest and its negotiation has no modest copy. */
function ontologyFor(set: string, modest: boolean): string | null {
  const file = ontologyOfSet(set);
  if (!file) throw new Error(`no ontology is known for the set "${set}" (eval/README.md lists the prefixes)`);
  if (!modest) return path.join(PROJECT, file);
  const copy = path.join(PROJECT, 'eval', 'ontologies', 'modest', path.basename(file));
  return file.startsWith('eval/') && existsSync(copy) ? copy : null;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const known = evaluationSets(PROJECT);
  const unknown = (args.sets ?? []).filter((s) => !known.includes(s));
  if (unknown.length) {
    process.stderr.write(`no such set in ${setsFolder(PROJECT)}: ${unknown.join(', ')}\n`);
    return 2;
  }
  const earlier = args.compare ? parseSetLines(await readFile(args.compare, 'utf8')) : null;
  if (args.details) await mkdir(args.details, { recursive: true });

  const segmenter = createSegmenter();
  const lines: SetLine[] = [];
  for (const set of args.sets ?? known) {
    const ontology = ontologyFor(set, args.modest);
    if (!ontology) continue;
    const gold = goldFileSchema.parse(JSON.parse(await readFile(goldFileOfSet(PROJECT, set), 'utf8')));
    const score = await scoreCorpus(PROJECT, path.join(setsFolder(PROJECT), set), gold, ontology, segmenter);
    const { result } = score;
    const line: SetLine = {
      set,
      gold: result.goldCells,
      right: result.right,
      wrong: result.wrong,
      notInGold: result.extra.length,
    };
    lines.push(line);
    process.stdout.write(`${setLine(line)}\n`);
    if (args.details)
      await writeFile(
        path.join(args.details, `${set}.txt`),
        `${evaluationReport(score, false).join('\n')}\n`,
      );
  }
  const total = lines.reduce(
    (t, l) => ({
      ...t,
      gold: t.gold + l.gold,
      right: t.right + l.right,
      wrong: t.wrong + l.wrong,
      notInGold: t.notInGold + l.notInGold,
    }),
    { set: 'total', gold: 0, right: 0, wrong: 0, notInGold: 0 },
  );
  process.stdout.write(`# ${setLine(total)}\n`);
  if (earlier) {
    const moved = movedLines(earlier, lines);
    process.stdout.write(`# ${moved.length ? 'moved since' : 'no line moved since'} ${args.compare}\n`);
    for (const m of moved) process.stdout.write(`# ${m}\n`);
  }
  return 0;
}

runMain(main);
