/**
 * The pipeline: documents + ontology → StanceMatrix. Pure: no file access, no clock unless asked
 * (`now`), the segmenter can be injected. Nothing in the result is written by hand.
 */
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { Citation, MatrixDocument, StanceMatrix, UnclassifiedMention } from '../model/matrix';
import type { Ontology } from '../model/ontology';
import { aggregateCells, type SourceInfo } from './aggregate';
import { compileOntology } from './compile-ontology';
import { deriveDocument } from './derive-document';
import { createSegmenter, type Segmenter } from './segment';

export interface DeriveOptions {
  segmenter?: Segmenter;
  /** Problems found while loading (files, ontology), carried into the matrix. */
  problems?: InputProblem[];
  /** Clock for generatedAt/millis; injected so tests and caches are deterministic. */
  now?: () => number;
  /** Called after each document, for progress on large folders. */
  onProgress?: (done: number, total: number) => void;
}

/** Follow translationOf to the original, so a translation and its original count as one source. */
export function sourceInfo(documents: SourceDocument[]): SourceInfo {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sourceOf = (id: string): string => {
    let current = byId.get(id);
    const seen = new Set<string>();
    while (current?.translationOf && byId.has(current.translationOf) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.translationOf);
    }
    return current?.id ?? id;
  };
  return { sourceOf, published: (id) => byId.get(id)?.published ?? null };
}

export const toMatrixDocument = (d: SourceDocument): MatrixDocument => ({
  id: d.id,
  path: d.path,
  title: d.title,
  outlet: d.outlet,
  published: d.published,
  language: d.language,
  translationOf: d.translationOf,
  hash: d.hash,
});

export function deriveMatrix(
  documents: SourceDocument[],
  ontology: Ontology,
  opts: DeriveOptions = {},
): StanceMatrix {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const segmenter = opts.segmenter ?? createSegmenter();
  const compiled = compileOntology(ontology, segmenter.lemma ? { lemma: segmenter.lemma } : null);
  const problems: InputProblem[] = [...(opts.problems ?? [])];
  const citations: Citation[] = [];
  const mentions: UnclassifiedMention[] = [];
  let sentences = 0;
  let namingAParty = 0;
  let namingADemand = 0;

  documents.forEach((doc, i) => {
    const result = deriveDocument(doc, compiled, segmenter);
    sentences += result.sentences;
    if (result.namesAParty) namingAParty++;
    if (result.namesADemand) namingADemand++;
    citations.push(...result.citations);
    mentions.push(...result.mentions);
    problems.push(...result.problems);
    if (!result.namesAParty) {
      problems.push({
        source: doc.path,
        message: `${doc.path}: no party of the ontology is named in this document, so it contributes no citations. Add the missing party or alias to the ontology if it should.`,
        severity: 'warning',
      });
    }
    opts.onProgress?.(i + 1, documents.length);
  });

  const cells = aggregateCells(
    compiled.parties,
    compiled.demands,
    citations,
    sourceInfo(documents),
    mentions,
  );
  const finished = now();
  return {
    schemaVersion: 2,
    generatedAt: new Date(finished).toISOString(),
    documents: documents.map(toMatrixDocument),
    parties: compiled.parties,
    demands: compiled.demands,
    cells,
    problems,
    stats: {
      documents: documents.length,
      sentences,
      citations: cells.reduce((n, c) => n + c.citations.length, 0),
      errors: problems.filter((p) => p.severity === 'error').length,
      millis: finished - started,
      documentsNamingAParty: namingAParty,
      documentsNamingADemand: namingADemand,
    },
  };
}
