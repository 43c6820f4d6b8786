import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOntology } from '../../shared/derive/ontology-parse';
import { lexiconDefaultsFrom } from '../services/corpus/lexicon-defaults';
import { MODEST, modestOntology, sample } from './modest-ontology';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ONTOLOGIES = path.join(PROJECT, 'eval', 'ontologies');
// As `npm run evaluate` reads them: an ontology that leaves out cue lists gets the shipped ones.
const defaults = lexiconDefaultsFrom(path.join(PROJECT, 'corpus', 'ontology.json'));

describe('sample', () => {
  it('keeps a short list whole and otherwise n entries, in their order', () => {
    expect(sample(['a', 'b'], 3)).toEqual(['a', 'b']);
    const list = Array.from({ length: 40 }, (_, i) => `phrase ${i}`);
    const picked = sample(list, 8);
    expect(picked).toHaveLength(8);
    expect(picked).toEqual(list.filter((x) => picked.includes(x)));
  });
  it('is stable: an entry added to the list displaces at most one of the entries picked before', () => {
    const list = Array.from({ length: 40 }, (_, i) => `phrase ${i}`);
    const before = sample(list, 8);
    for (const added of ['new wording', 'another one', 'phrase 99']) {
      const after = sample([...list.slice(0, 20), added, ...list.slice(20)], 8);
      expect(before.filter((x) => !after.includes(x)).length).toBeLessThanOrEqual(1);
    }
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
