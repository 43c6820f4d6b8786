/**
 * Per-document derivations → the matrix, for incremental derivation: adding, editing or removing
 * one document derives that document alone and re-assembles the matrix from every document's
 * outcome (most of them cached). The assembly itself is deriveMatrix's own
 * (assembleMatrixFromOutcomes in shared/derive/derive-matrix.ts), so the two cannot drift apart;
 * assemble-matrix.test.ts checks the results are equal on the seed corpus.
 */
import { matrixAxes } from '../derive/compile-ontology';
import type { DocumentDerivation } from '../derive/derive-document';
import { assembleMatrixFromOutcomes, type DocumentOutcome } from '../derive/derive-matrix';
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { StanceMatrix } from '../model/matrix';
import type { Ontology } from '../model/ontology';

export type { DocumentDerivation, DocumentOutcome };
/** What derives one document: the derivation's own stages, used as they are. */
export { deriveDocument } from '../derive/derive-document';
export { compileForSegmenter, defaultSegmenter } from '../derive/derive-matrix';

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
  return assembleMatrixFromOutcomes(documents, matrixAxes(ontology), (doc) => outcomes.get(doc.id), {
    problems: options.problems,
    stamp: () => ({ generatedAt: options.generatedAt, millis: options.millis }),
  });
}
