/**
 * One corpus folder scored against one gold file: load, derive each document, aggregate per scope
 * (the whole corpus, or one document) and compare. Shared by `npm run evaluate` (one folder, every
 * verdict printed) and `npm run evaluate:sets` (every own-words set, one line each).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { aggregateCells } from '../../shared/derive/aggregate';
import { deriveDocument } from '../../shared/derive/derive-document';
import { compileForSegmenter, sourceInfo } from '../../shared/derive/derive-matrix';
import { evaluate, type Evaluation, type GoldFile } from '../../shared/derive/evaluate';
import { parseOntology } from '../../shared/derive/ontology-parse';
import type { Segmenter } from '../../shared/derive/segment';
import type { Citation, MatrixCell, UnclassifiedMention } from '../../shared/model/matrix';
import { loadCorpus } from '../services/corpus/load-corpus';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';

export interface CorpusScore {
  result: Evaluation;
  documentCount: number;
  /** Derivation time alone (not loading or scoring). */
  millis: number;
  /** Gold documents the folder does not hold (their cells count as none). */
  missing: string[];
  /** Per-document problems of the corpus folder (unreadable, empty, not UTF-8 …), one message each. */
  problems: string[];
}

/**
 * Throws with a message naming the file when the ontology cannot be read or is refused. Without
 * `ontologyFile` the folder's own ontology.json is used, else the shipped one.
 */
export async function scoreCorpus(
  project: string,
  corpusDir: string,
  gold: GoldFile,
  ontologyFile: string | null,
  segmenter: Segmenter,
): Promise<CorpusScore> {
  const { documents, problems } = await loadCorpus(corpusDir);
  const shipped = path.join(project, 'corpus', 'ontology.json');
  const file = ontologyFile ?? path.join(corpusDir, 'ontology.json');
  let ontologyText: string;
  try {
    ontologyText = await readFile(file, 'utf8');
  } catch (err) {
    if (ontologyFile) throw new Error(`cannot read the ontology ${file}: ${(err as Error).message}`);
    ontologyText = await readFile(shipped, 'utf8');
  }
  const parsed = parseOntology(ontologyText, path.basename(file), lexiconDefaultsFrom(shipped));
  if (!parsed.ontology) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  // (Compiled once for the sets that share an ontology: compileForSegmenter keeps the last few.)
  const compiled = compileForSegmenter(parsed.ontology, segmenter);
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
  const result = evaluate(gold, (scope) => {
    if (scope === 'corpus') return corpusCells;
    const d = perDocument.get(scope);
    return d ? cellsOf(d.citations, d.mentions) : null;
  });
  return {
    result,
    documentCount: documents.length,
    millis,
    missing: (gold.documents ?? []).filter((d) => !perDocument.has(d.id)).map((d) => d.id),
    problems: problems.map((p) => p.message),
  };
}
