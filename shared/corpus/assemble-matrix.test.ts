import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '../derive/derive-matrix';
import { seedDocuments, seedOntology } from '../derive/test-support/seed-corpus';
import {
  assembleMatrix,
  compileForSegmenter,
  defaultSegmenter,
  deriveDocument,
  type DocumentOutcome,
} from './assemble-matrix';

describe('assembleMatrix', () => {
  it('gives exactly what deriveMatrix gives on the seed corpus', () => {
    const documents = seedDocuments();
    const ontology = seedOntology();
    // deriveMatrix with its own default segmenter; the parts with the one the app's derivation uses.
    const whole = deriveMatrix(documents, ontology, { now: () => 0 });
    const segmenter = defaultSegmenter();
    const compiled = compileForSegmenter(ontology, segmenter);
    const outcomes = new Map<string, DocumentOutcome>(
      documents.map((d) => [d.id, { ok: true, result: deriveDocument(d, compiled, segmenter) }]),
    );
    const parts = assembleMatrix(documents, ontology, outcomes, {
      problems: [],
      generatedAt: whole.generatedAt,
      millis: 0,
    });
    expect(parts).toEqual(whole);
  });

  it('lists a document that could not be derived as a problem and aggregates the rest', () => {
    const documents = seedDocuments();
    const ontology = seedOntology();
    const segmenter = defaultSegmenter();
    const compiled = compileForSegmenter(ontology, segmenter);
    const outcomes = new Map<string, DocumentOutcome>(
      documents.map((d) => [d.id, { ok: true, result: deriveDocument(d, compiled, segmenter) }]),
    );
    const first = documents[0]!;
    outcomes.set(first.id, {
      ok: false,
      problem: { source: first.path, message: `${first.path}: took too long`, severity: 'error' },
    });
    const m = assembleMatrix(documents, ontology, outcomes, { problems: [], generatedAt: '', millis: 0 });
    expect(m.problems.map((p) => p.message)).toContain(`${first.path}: took too long`);
    expect(m.cells.flatMap((c) => c.citations).some((c) => c.document === first.id)).toBe(false);
    expect(m.stats.citations).toBeGreaterThan(0);
  });
});
