import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOntology } from '../../shared/derive/ontology-parse';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';
import { MODEST, modestOntology, spread } from './modest-ontology';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ONTOLOGIES = path.join(PROJECT, 'eval', 'ontologies');
// As `npm run evaluate` reads them: an ontology that leaves out cue lists gets the shipped ones.
const defaults = lexiconDefaultsFrom(path.join(PROJECT, 'corpus', 'ontology.json'));

describe('spread', () => {
  it('keeps a short list whole and takes evenly spaced entries from a long one', () => {
    expect(spread(['a', 'b'], 3)).toEqual(['a', 'b']);
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('modest ontologies (eval/ontologies/modest)', () => {
  const files = readdirSync(ONTOLOGIES).filter((f) => f.endsWith('.json'));

  it.each(files)(
    '%s: the committed modest copy is what the tool makes from the full one, and it parses',
    (file) => {
      const full = JSON.parse(readFileSync(path.join(ONTOLOGIES, file), 'utf8')) as Record<string, unknown>;
      const committed = readFileSync(path.join(ONTOLOGIES, 'modest', file), 'utf8');
      expect(JSON.parse(committed)).toEqual(modestOntology(full));
      const { ontology, problems } = parseOntology(committed, file, defaults);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      for (const d of ontology!.demands) {
        expect(d.phrases.length).toBeLessThanOrEqual(MODEST.phrases);
        for (const list of Object.values(d.frame ?? {}))
          if (Array.isArray(list)) expect(list.length).toBeLessThanOrEqual(MODEST.frameField);
      }
      // Parties are the full ontology's: only the demands' lists are cut.
      expect(ontology!.parties.map((p) => p.id)).toEqual(
        (full.parties as Array<{ id: string }>).map((p) => p.id),
      );
    },
  );
});
