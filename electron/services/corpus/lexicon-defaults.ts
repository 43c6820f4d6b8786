/**
 * The shipped English lexicon (stance cues and office words of the shipped ontology), which an
 * ontology that leaves them out is read with. Read once per file; a shipped file that cannot be read
 * gives none, and such an ontology is then refused with the parser's own message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOntology, type LexiconDefaults } from '../../../shared/derive/ontology-parse';

const read = new Map<string, LexiconDefaults | null>();

export function lexiconDefaultsFrom(shippedOntologyPath: string): LexiconDefaults | undefined {
  const key = path.resolve(shippedOntologyPath);
  if (!read.has(key)) {
    let defaults: LexiconDefaults | null = null;
    try {
      const { ontology } = parseOntology(readFileSync(key, 'utf8'), path.basename(key));
      if (ontology) defaults = { cues: ontology.cues, roles: ontology.roles ?? [] };
    } catch {
      defaults = null;
    }
    read.set(key, defaults);
  }
  return read.get(key) ?? undefined;
}
