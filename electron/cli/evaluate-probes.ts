/**
 * npm run evaluate:probes -- [FILE …] [--details]
 *
 * Scores the sentence probes of eval/probes (or the files named): one line per file, `file cases
 * expected right wrong mention missed traps-held/traps extra`, then the totals; `--details` prints
 * every case with its outcome and citations. Exits 2 on bad input (a malformed probe, an unknown id).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseOntology } from '../../shared/derive/ontology-parse';
import { createSegmenter } from '../../shared/derive/segment';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';
import { parseProbeFile } from './probe-file';
import { checkIds, probeLine, scoreProbe, tallyOf, type CaseScore } from './score-probe';
import { runMain } from './run-main';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROBES = path.join(PROJECT, 'eval', 'probes');
const USAGE = 'usage: npm run evaluate:probes -- [FILE …] [--details]';

function details(scores: readonly CaseScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    out.push(
      `[${s.probe.index}] ${s.probe.kind ?? ''}`.trimEnd(),
      `    ${s.probe.text.replace(/\s+/g, ' ')}`,
    );
    for (const e of s.expected)
      out.push(
        `    ${e.outcome.toUpperCase()} ${e.reading.party}:${e.reading.demand}:${e.reading.stances.join('|')}${e.got.length ? ` (derived ${e.got.join(', ')})` : ''}`,
      );
    for (const t of s.traps)
      out.push(
        `    ${t.held ? 'TRAP HELD' : 'TRAP FAILED'} ${t.cell}${t.got.length ? ` (derived ${t.got.join(', ')})` : ''}`,
      );
    for (const c of s.extra)
      out.push(`    EXTRA ${c.party}:${c.demand}:${c.stance} «${c.quote.slice(0, 90)}»`);
  }
  return out.join('\n');
}

async function main(): Promise<number> {
  let values: { details: boolean; help: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        details: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = positionals.length
    ? positionals.map((f) => path.resolve(f))
    : readdirSync(PROBES)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(PROBES, f));
  const segmenter = createSegmenter();
  const shipped = path.join(PROJECT, 'corpus', 'ontology.json');
  const all: CaseScore[] = [];
  process.stdout.write('# file cases expected right wrong mention missed traps-held/traps extra\n');
  for (const file of files) {
    const name = path.basename(file, '.txt');
    try {
      const probe = parseProbeFile(await readFile(file, 'utf8'), name);
      const ontologyFile = path.join(PROJECT, probe.ontology);
      const parsed = parseOntology(
        await readFile(ontologyFile, 'utf8'),
        probe.ontology,
        lexiconDefaultsFrom(shipped),
      );
      if (!parsed.ontology) throw new Error(`${name}: ${parsed.problems.map((p) => p.message).join('; ')}`);
      checkIds(probe, parsed.ontology, name);
      const scores = scoreProbe(probe, parsed.ontology, segmenter);
      all.push(...scores);
      if (values.details) process.stdout.write(`## ${name}\n${details(scores)}\n`);
      process.stdout.write(`${probeLine(name, tallyOf(scores))}\n`);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  process.stdout.write(`${probeLine('total', tallyOf(all))}\n`);
  return 0;
}

runMain(main);
