/** The seed corpus read straight from corpus/ (tests only: uses node). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta, SourceDocument } from '../../model/corpus';
import type { Ontology } from '../../model/ontology';
import { hashOf, makeDocument } from '../../model/test-support/make-document';
import { parseOntology } from '../ontology-parse';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus');

export function seedDocuments(): SourceDocument[] {
  const { documents } = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'corpus.json'), 'utf8')) as {
    documents: DocumentMeta[];
  };
  return documents.map((meta) => {
    const text = readFileSync(path.join(CORPUS_DIR, meta.path), 'utf8');
    return { ...meta, text, hash: hashOf(text) };
  });
}

export function seedOntology(): Ontology {
  const { ontology, problems } = parseOntology(
    readFileSync(path.join(CORPUS_DIR, 'ontology.json'), 'utf8'),
    'ontology.json',
  );
  if (!ontology || problems.length)
    throw new Error(`seed ontology: ${problems.map((p) => p.message).join('; ')}`);
  return ontology;
}

/** A document built in a test, with the fields the pipeline needs (dated, so it has a timeline). */
export function doc(id: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return makeDocument(id, text, { published: '2022-01-20', ...extra });
}

/** An ontology of eval/ontologies/ (written as a new user would), read with the shipped lexicon. */
export function evalOntology(name: string): Ontology {
  const english = seedOntology();
  const file = path.join(CORPUS_DIR, '../eval/ontologies', name);
  const read = parseOntology(readFileSync(file, 'utf8'), name, {
    cues: english.cues,
    roles: english.roles ?? [],
  }).ontology;
  if (!read) throw new Error(`${name}: not read`);
  return read;
}
