/**
 * Per-document derivations → the matrix. The same assembly as deriveMatrix, split so that adding,
 * editing or removing one document derives that document alone and only re-aggregates the cells.
 * deriveDocument, compileOntology and aggregateCells are the derivation's own stages, used as they
 * are; assemble-matrix.test.ts checks the result equals deriveMatrix's on the seed corpus, so the
 * two cannot drift apart unnoticed.
 */
import { aggregateCells } from '../derive/aggregate';
import type { CompiledOntology } from '../derive/compile-ontology';
import { deriveDocument } from '../derive/derive-document';
import { sourceInfo, toMatrixDocument } from '../derive/derive-matrix';
import type { Segmenter } from '../derive/segment';
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { Citation, StanceMatrix } from '../model/matrix';
import type { Ontology } from '../model/ontology';

export type DocumentDerivation = ReturnType<typeof deriveDocument>;

/** One document's derivation, or why there is none (e.g. it ran past the time limit). */
export type DocumentOutcome = { ok: true; result: DocumentDerivation } | { ok: false; problem: InputProblem };

export function deriveOne(
  doc: SourceDocument,
  compiled: CompiledOntology,
  segmenter: Segmenter,
): DocumentDerivation {
  return deriveDocument(doc, compiled, segmenter);
}

/** The warning deriveMatrix gives a document that names no party of the ontology. */
export function noPartyProblem(doc: SourceDocument): InputProblem {
  return {
    source: doc.path,
    message: `${doc.path}: no party of the ontology is named in this document, so it contributes no citations. Add the missing party or alias to the ontology if it should.`,
    severity: 'warning',
  };
}

export interface AssembleOptions {
  /** Problems found while loading (files, ontology), listed first as deriveMatrix does. */
  problems: InputProblem[];
  generatedAt: string;
  millis: number;
}

export function assembleMatrix(
  documents: SourceDocument[],
  ontology: Ontology,
  outcomes: Map<string, DocumentOutcome>,
  options: AssembleOptions,
): StanceMatrix {
  const problems: InputProblem[] = [...options.problems];
  const citations: Citation[] = [];
  let sentences = 0;
  for (const doc of documents) {
    const outcome = outcomes.get(doc.id);
    if (!outcome) continue;
    if (!outcome.ok) {
      problems.push(outcome.problem);
      continue;
    }
    sentences += outcome.result.sentences;
    citations.push(...outcome.result.citations);
    if (!outcome.result.namesAParty) problems.push(noPartyProblem(doc));
  }
  const cells = aggregateCells(ontology.parties, ontology.demands, citations, sourceInfo(documents));
  return {
    schemaVersion: 2,
    generatedAt: options.generatedAt,
    documents: documents.map(toMatrixDocument),
    parties: ontology.parties,
    demands: ontology.demands,
    cells,
    problems,
    stats: {
      documents: documents.length,
      sentences,
      citations: cells.reduce((n, c) => n + c.citations.length, 0),
      errors: problems.filter((p) => p.severity === 'error').length,
      millis: options.millis,
    },
  };
}
