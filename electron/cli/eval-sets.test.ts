/**
 * The own-words evaluation sets (eval/own-words, eval/gold) stay re-runnable: each gold file parses, names
 * exactly the documents its folder holds, and only parties and demands its negotiation's ontology has. A set
 * that drifted (a renamed party id, a file left out) would otherwise score quietly lower, not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldFileSchema } from '../../shared/derive/evaluate';
import { evaluationSets, goldFileOfSet, ontologyOfSet, setsFolder } from './eval-sets';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SETS = setsFolder(PROJECT);
const sets = evaluationSets(PROJECT);

describe('own-words evaluation sets', () => {
  it('has an ontology for every set', () => {
    expect(sets.length).toBeGreaterThan(30);
    for (const s of sets) expect(ontologyOfSet(s), s).not.toBeNull();
  });

  it.each(sets)('%s: gold file, corpus.json and texts agree, and every cell is in the ontology', (set) => {
    const gold = goldFileSchema.parse(JSON.parse(readFileSync(goldFileOfSet(PROJECT, set), 'utf8')));
    const corpus = JSON.parse(readFileSync(path.join(SETS, set, 'corpus.json'), 'utf8')) as {
      documents: Array<{ id: string; path: string }>;
    };
    const goldIds = (gold.documents ?? []).map((d) => d.id).sort();
    expect(goldIds).toEqual(corpus.documents.map((d) => d.id).sort());
    expect(new Set(goldIds).size).toBe(goldIds.length);
    for (const d of corpus.documents) {
      const file = path.join(SETS, set, d.path);
      expect(existsSync(file), d.path).toBe(true);
      expect(readFileSync(file, 'utf8').trim().length, d.path).toBeGreaterThan(20);
    }

    const ontologyFile = ontologyOfSet(set)!;
    const ontology = JSON.parse(readFileSync(path.join(PROJECT, ontologyFile), 'utf8')) as {
      parties: Array<{ id: string }>;
      demands: Array<{ id: string }>;
    };
    const parties = new Set(ontology.parties.map((p) => p.id));
    const demands = new Set(ontology.demands.map((d) => d.id));
    for (const doc of gold.documents ?? [])
      for (const cell of doc.cells) {
        expect(parties.has(cell.party), `${doc.id}: party ${cell.party}`).toBe(true);
        expect(demands.has(cell.demand), `${doc.id}: demand ${cell.demand}`).toBe(true);
      }
  });
});
