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
import { aggregateCells } from '../../shared/derive/aggregate';
import { compileOntology } from '../../shared/derive/compile-ontology';
import { deriveDocument } from '../../shared/derive/derive-document';
import { sourceInfo } from '../../shared/derive/derive-matrix';
import { evaluate, goldFileSchema, type CellVerdict } from '../../shared/derive/evaluate';
import { parseOntology } from '../../shared/derive/ontology-parse';
import { createSegmenter } from '../../shared/derive/segment';
import type { Citation, MatrixCell, UnclassifiedMention } from '../../shared/model/matrix';
import { STANCES } from '../../shared/model/stance';
import { loadCorpus } from '../services/corpus/load-corpus';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';

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

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (v: CellVerdict): string =>
  `${v.right ? 'right' : 'WRONG'}  ${v.scope}  ${v.party} × ${v.demand}: derived ${v.derived}, expected ${v.expected.join(' or ')}`;
const cite = (c: Citation): string =>
  `      ${c.stance} ${c.voice} "${c.cue}"${c.negated ? ' (negated)' : ''} by ${c.attribution.matched} [${c.demandMatch}]: ${c.quote.slice(0, 160)}`;

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
  const { documents, problems } = await loadCorpus(args.corpus);
  const ontologyFile = args.ontology ?? path.join(args.corpus, 'ontology.json');
  let ontologyText: string;
  try {
    ontologyText = await readFile(ontologyFile, 'utf8');
  } catch {
    ontologyText = await readFile(path.join(PROJECT, 'corpus', 'ontology.json'), 'utf8');
  }
  const { ontology, problems: ontologyProblems } = parseOntology(
    ontologyText,
    path.basename(ontologyFile),
    lexiconDefaultsFrom(path.join(PROJECT, 'corpus', 'ontology.json')),
  );
  if (!ontology) {
    process.stderr.write(`${ontologyProblems.map((p) => p.message).join('\n')}\n`);
    return 2;
  }
  for (const p of problems) process.stderr.write(`${p.message}\n`);
  const segmenter = createSegmenter();
  const compiled = compileOntology(ontology, segmenter.lemma ? { lemma: segmenter.lemma } : null);
  const info = sourceInfo(documents);
  const perDocument = new Map<string, { citations: Citation[]; mentions: UnclassifiedMention[] }>();
  const started = performance.now();
  for (const doc of documents) {
    const r = deriveDocument(doc, compiled, segmenter);
    perDocument.set(doc.id, { citations: r.citations, mentions: r.mentions });
  }
  const millis = performance.now() - started;
  const cellsOf = (citations: Citation[], mentions: UnclassifiedMention[]): MatrixCell[] =>
    aggregateCells(compiled.parties, compiled.demands, citations, info, mentions);
  const all = [...perDocument.values()];
  const corpusCells = cellsOf(
    all.flatMap((d) => d.citations),
    all.flatMap((d) => d.mentions),
  );
  const result = evaluate(parsed.data, (scope) => {
    if (scope === 'corpus') return corpusCells;
    const d = perDocument.get(scope);
    return d ? cellsOf(d.citations, d.mentions) : null;
  });

  const out: string[] = [];
  if (!args.quiet) {
    for (const v of result.verdicts) {
      out.push(line(v));
      for (const c of v.citations.slice(0, 4)) out.push(cite(c));
      // A missed cell: the sentences that named it without a cue deciding, for whoever reviews the miss.
      if (!v.right && v.derived === 'none')
        for (const m of v.mentions.slice(0, 2))
          out.push(`      mention [${m.demandMatch}]: ${m.quote.slice(0, 160)}`);
    }
    if (result.extra.length) {
      out.push('', 'Cells with a stance the gold file does not list:');
      for (const v of result.extra) {
        out.push(`  ${v.scope}  ${v.party} × ${v.demand}: ${v.derived}`);
        for (const c of v.citations.slice(0, 2)) out.push(cite(c));
      }
    }
    out.push('');
  }
  const missing = (parsed.data.documents ?? []).filter((d) => !perDocument.has(d.id)).map((d) => d.id);
  if (missing.length)
    out.push(`${missing.length} gold document(s) not in the corpus (counted as none): ${missing.join(', ')}`);
  out.push(`documents ${documents.length}, derived in ${Math.round(millis)} ms`);
  out.push(
    `gold cells ${result.goldCells}: right ${result.right} (recall ${pct(result.recall)}), wrong with a stance ${result.wrong}, none ${result.verdicts.filter((v) => v.derived === 'none').length}`,
  );
  out.push(
    `precision (right / cells given a stance) ${pct(result.precision)}; cells with a stance not in the gold file ${result.extra.length}`,
  );
  out.push(
    '',
    `confusion (rows expected, columns derived):`,
    `${'expected'.padEnd(10)}${STANCES.map((s) => s.padStart(10)).join('')}`,
  );
  for (const a of STANCES)
    out.push(`${a.padEnd(10)}${STANCES.map((b) => String(result.confusion[a][b]).padStart(10)).join('')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (args.min !== null && result.recall < args.min) {
    process.stderr.write(`recall ${pct(result.recall)} is below --min ${pct(args.min)}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
