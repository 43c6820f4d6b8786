/**
 * The pipeline: documents + ontology → StanceMatrix. Pure: no file access, no clock unless asked
 * (`now`), the segmenter can be injected. Nothing in the result is written by hand.
 */
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { Citation, MatrixDocument, StanceMatrix, UnclassifiedMention } from '../model/matrix';
import type { Demand, Ontology, Party } from '../model/ontology';
import { aggregateCells, type SourceInfo } from './aggregate';
import { compileOntology, matrixAxes, type CompiledOntology } from './compile-ontology';
import { deriveDocument, type DocumentDerivation } from './derive-document';
import { createSegmenter, type Segmenter } from './segment';
import { append } from '../util/append';

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
  // Asked for every citation, many times over: each document's source is worked out once.
  const sources = new Map<string, string>();
  const sourceOf = (id: string): string => {
    let source = sources.get(id);
    if (source === undefined) sources.set(id, (source = originalOf(id)));
    return source;
  };
  const originalOf = (id: string): string => {
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

/** The segmenter a derivation uses unless told otherwise: the app's document-by-document derivation uses it too. */
export const defaultSegmenter = (): Segmenter => createSegmenter();

/** One document's part in the matrix: its derivation, or the problem that stands in for it. */
export type DocumentOutcome = { ok: true; result: DocumentDerivation } | { ok: false; problem: InputProblem };

/**
 * The last few ontologies compiled, by their content and the lemmatizer they were compiled with.
 * Compiling takes tens of milliseconds: a derivation of one short text (a test case, a document added)
 * would spend most of its time on it, and a set of corpora sharing an ontology would pay it per corpus.
 * A compiled ontology is a function of the two (its caches of word keys and matches are too), so the
 * same content gives the same results whichever derivation compiled it.
 */
const compiledKept: Array<{ content: string; lemma: Segmenter['lemma']; compiled: CompiledOntology }> = [];
const COMPILED_KEPT = 4;

/** The ontology compiled with the segmenter's own lemmatizer, as every derivation of a document must use it. */
export function compileForSegmenter(ontology: Ontology, segmenter: Segmenter): CompiledOntology {
  const content = JSON.stringify(ontology);
  const lemma = segmenter.lemma;
  const at = compiledKept.findIndex((e) => e.lemma === lemma && e.content === content);
  const kept = at >= 0 ? compiledKept[at] : undefined;
  // (Unless the object it was compiled from has changed since: the compiled ontology still refers to it.)
  if (kept && JSON.stringify(kept.compiled.ontology) === content) {
    compiledKept.splice(at, 1);
    compiledKept.unshift(kept);
    return kept.compiled;
  }
  if (kept) compiledKept.splice(at, 1);
  const compiled = compileOntology(ontology, lemma ? { lemma } : null);
  compiledKept.unshift({ content, lemma, compiled });
  if (compiledKept.length > COMPILED_KEPT) compiledKept.pop();
  return compiled;
}

/** The warning for a document that names no party of the ontology. */
export function noPartyProblem(doc: SourceDocument): InputProblem {
  return {
    source: doc.path,
    message: `${doc.path}: no party of the ontology is named in this document, so it contributes no citations. Add the missing party or alias to the ontology if it should.`,
    severity: 'warning',
  };
}

export interface AssembleOptions {
  /** Problems found while loading (files, ontology), listed first. */
  problems?: InputProblem[];
  /** Called once the cells are aggregated: when the matrix was made and how long it took. */
  stamp: () => { generatedAt: string; millis: number };
}

/**
 * Per-document outcomes → the matrix. deriveMatrix and the app's incremental derivation (which
 * derives only changed documents and keeps the others' outcomes) both assemble through here, so
 * the two cannot give different matrices. A document without an outcome contributes nothing.
 */
export function assembleMatrixFromOutcomes(
  documents: SourceDocument[],
  axes: { parties: Party[]; demands: Demand[] },
  outcomeOf: (doc: SourceDocument, index: number) => DocumentOutcome | undefined,
  options: AssembleOptions,
): StanceMatrix {
  const problems: InputProblem[] = [...(options.problems ?? [])];
  const citations: Citation[] = [];
  const mentions: UnclassifiedMention[] = [];
  let sentences = 0;
  let namingAParty = 0;
  let namingADemand = 0;

  documents.forEach((doc, i) => {
    const outcome = outcomeOf(doc, i);
    if (!outcome) return;
    if (!outcome.ok) {
      problems.push(outcome.problem);
      return;
    }
    const result = outcome.result;
    sentences += result.sentences;
    if (result.namesAParty) namingAParty++;
    if (result.namesADemand) namingADemand++;
    append(citations, result.citations);
    append(mentions, result.mentions);
    append(problems, result.problems);
    if (!result.namesAParty) problems.push(noPartyProblem(doc));
  });

  const cells = aggregateCells(axes.parties, axes.demands, citations, sourceInfo(documents), mentions);
  const { generatedAt, millis } = options.stamp();
  return {
    schemaVersion: 2,
    generatedAt,
    documents: documents.map(toMatrixDocument),
    parties: axes.parties,
    demands: axes.demands,
    cells,
    problems,
    stats: {
      documents: documents.length,
      sentences,
      citations: cells.reduce((n, c) => n + c.citations.length, 0),
      errors: problems.filter((p) => p.severity === 'error').length,
      millis,
      documentsNamingAParty: namingAParty,
      documentsNamingADemand: namingADemand,
    },
  };
}

export function deriveMatrix(
  documents: SourceDocument[],
  ontology: Ontology,
  opts: DeriveOptions = {},
): StanceMatrix {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const segmenter = opts.segmenter ?? defaultSegmenter();
  const compiled = compileForSegmenter(ontology, segmenter);
  const outcomes = documents.map((doc, i): DocumentOutcome => {
    const result = deriveDocument(doc, compiled, segmenter);
    opts.onProgress?.(i + 1, documents.length);
    return { ok: true, result };
  });
  // The matrix lists the demands as the ontology writes them: a frame read off the phrases is the
  // derivation's, not the analyst's (and the app, assembling from cached outcomes, lists them so).
  return assembleMatrixFromOutcomes(documents, matrixAxes(ontology), (_, i) => outcomes[i], {
    problems: opts.problems,
    stamp: () => {
      const finished = now();
      return { generatedAt: new Date(finished).toISOString(), millis: finished - started };
    },
  });
}
