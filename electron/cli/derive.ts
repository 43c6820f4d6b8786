/**
 * npm run derive -- [--workspace DIR | --corpus DIR] [--ontology FILE] [--out FILE]
 *
 * With --workspace, the workspace's documents and ontology, with the analyst's additions to it.
 * Derives the stance matrix from a folder of .txt/.md articles (default: the project's corpus/)
 * with the project's ontology (default: corpus/ontology.json) and writes it as JSON to --out or
 * stdout. Progress and problems go to stderr, then one summary line.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveMatrix } from '../../shared/derive/derive-matrix';
import { parseOntology } from '../../shared/derive/ontology-parse';
import { loadCorpus } from '../services/corpus/load-corpus';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';
import { applyOntologyEdits } from '../../shared/derive/ontology-edits';
import { migrateAnalystData } from '../../shared/analyst/migrate';
import type { OntologyEdit } from '../../shared/model/analyst';
import { readWorkspace } from '../services/workspace/layout';

/** The analyst's additions to the ontology, read (not written) from the workspace's store. */
function analystOntologyEdits(workspace: string): OntologyEdit[] {
  for (const name of ['analyst.json', 'analyst.backup.json']) {
    try {
      const content = JSON.parse(readFileSync(path.join(workspace, name), 'utf8')) as { analyst?: unknown };
      return migrateAnalystData(content.analyst).data.ontologyEdits;
    } catch {
      // missing or unreadable: try the backup, then derive without additions
    }
  }
  return [];
}

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run derive -- [--workspace DIR | --corpus DIR] [--ontology FILE] [--out FILE]';
/** Below this many documents a run takes well under a second: no progress lines. */
const PROGRESS_FROM = 50;

function parseArgs(argv: string[]): {
  corpus: string;
  ontology: string;
  out: string | null;
  workspace: string | null;
} {
  const args = {
    corpus: path.join(PROJECT, 'corpus'),
    ontology: '',
    out: null as string | null,
    workspace: null as string | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (
      !['--corpus', '--ontology', '--out', '--workspace'].includes(flag ?? '') ||
      value === undefined ||
      value.startsWith('--')
    ) {
      throw new Error(`unexpected argument "${flag}"${value === undefined ? '' : ` ${value}`}\n${USAGE}`);
    }
    if (flag === '--corpus') args.corpus = path.resolve(value);
    if (flag === '--ontology') args.ontology = path.resolve(value);
    if (flag === '--out') args.out = path.resolve(value);
    if (flag === '--workspace') {
      const workspace = readWorkspace(value);
      args.workspace = workspace.root;
      args.corpus = workspace.corpusDir;
      args.ontology ||= workspace.ontologyPath;
    }
    i++;
  }
  args.ontology ||= path.join(PROJECT, 'corpus', 'ontology.json');
  return args;
}

async function main(): Promise<number> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const progress = (stage: string) => (done: number, total: number) => {
    if (total >= PROGRESS_FROM && (done % 100 === 0 || done === total))
      process.stderr.write(`${stage} ${done}/${total}\n`);
  };

  const { documents, problems } = await loadCorpus(args.corpus, progress('read'));
  let ontologyText: string;
  try {
    ontologyText = await readFile(args.ontology, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read the ontology ${args.ontology}: ${(err as Error).message}\n`);
    return 2;
  }
  const parsed = parseOntology(
    ontologyText,
    path.basename(args.ontology),
    lexiconDefaultsFrom(path.join(PROJECT, 'corpus', 'ontology.json')),
  );
  problems.push(...parsed.problems);
  if (!parsed.ontology) {
    for (const p of problems) process.stderr.write(`${p.severity}: ${p.message}\n`);
    process.stderr.write('the ontology could not be loaded; nothing was derived\n');
    return 2;
  }

  const ontology = args.workspace
    ? applyOntologyEdits(parsed.ontology, analystOntologyEdits(args.workspace))
    : parsed.ontology;
  const matrix = deriveMatrix(documents, ontology, { problems, onProgress: progress('derived') });
  const json = `${JSON.stringify(matrix, null, 2)}\n`;
  if (args.out) await writeFile(args.out, json);
  else process.stdout.write(json);

  for (const p of matrix.problems) process.stderr.write(`${p.severity}: ${p.message}\n`);
  const s = matrix.stats;
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `derived ${s.documents} documents, ${s.sentences} sentences, ${s.citations} citations, ${s.errors} errors` +
      ` (${matrix.problems.length - s.errors} warnings) in ${ms} ms${args.out ? ` → ${args.out}` : ''}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
