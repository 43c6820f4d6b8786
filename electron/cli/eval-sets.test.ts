/**
 * The own-words evaluation sets (eval/own-words, eval/gold) stay re-runnable: each gold file parses, names
 * exactly the documents its folder holds, and only parties and demands its negotiation's ontology has. A set
 * that drifted (a renamed party id, a file left out) would otherwise score quietly lower, not fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldFileSchema } from '../../shared/derive/evaluate';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SETS = path.join(PROJECT, 'eval', 'own-words');
/** Which ontology each set is scored with (eval/README.md): the shipped one for Russia–West (ow*). */
const ONTOLOGY_BY_PREFIX: Array<[prefix: string, file: string]> = [
  ['ow', 'corpus/ontology.json'],
  ['iran-', 'eval/ontologies/iran-nuclear-2021.json'],
  ['ni-', 'eval/ontologies/ni-protocol-2021.json'],
  ['grain-', 'eval/ontologies/grain-deal-2022.json'],
  ['uscn-', 'eval/ontologies/us-china-trade-2019.json'],
  ['nk-', 'eval/ontologies/us-dprk-2018.json'],
  ['ks-', 'eval/ontologies/kosovo-serbia-2022.json'],
  ['gz-', 'eval/ontologies/gaza-ceasefire-2024.json'],
];

const sets = readdirSync(SETS).filter((s) => statSync(path.join(SETS, s)).isDirectory());

describe('own-words evaluation sets', () => {
  it('has an ontology for every set', () => {
    expect(sets.length).toBeGreaterThan(30);
    for (const s of sets)
      expect(
        ONTOLOGY_BY_PREFIX.some(([p]) => s.startsWith(p)),
        s,
      ).toBe(true);
  });

  it.each(sets)('%s: gold file, corpus.json and texts agree, and every cell is in the ontology', (set) => {
    const gold = goldFileSchema.parse(
      JSON.parse(readFileSync(path.join(PROJECT, 'eval', 'gold', `own-words-${set}.json`), 'utf8')),
    );
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

    const ontologyFile = ONTOLOGY_BY_PREFIX.find(([p]) => set.startsWith(p))![1];
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
