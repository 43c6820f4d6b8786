/**
 * The own-words evaluation sets of eval/own-words (eval/README.md): which ontology each is scored with,
 * by its name's prefix, and where a set's gold file lives. Used by `npm run evaluate:sets` and the test
 * that keeps the sets re-runnable.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The shipped one for Russia–West (ow*), the negotiation's own for the others. */
export const ONTOLOGY_BY_PREFIX: ReadonlyArray<readonly [prefix: string, file: string]> = [
  ['ow', 'corpus/ontology.json'],
  ['iran-', 'eval/ontologies/iran-nuclear-2021.json'],
  ['ni-', 'eval/ontologies/ni-protocol-2021.json'],
  ['grain-', 'eval/ontologies/grain-deal-2022.json'],
  ['uscn-', 'eval/ontologies/us-china-trade-2019.json'],
  ['nk-', 'eval/ontologies/us-dprk-2018.json'],
  ['ks-', 'eval/ontologies/kosovo-serbia-2022.json'],
  ['gz-', 'eval/ontologies/gaza-ceasefire-2024.json'],
  ['af-', 'eval/ontologies/afghanistan-doha-2020.json'],
  ['aa-', 'eval/ontologies/armenia-azerbaijan-2025.json'],
];

export const setsFolder = (project: string): string => path.join(project, 'eval', 'own-words');

/** Every set folder, sorted. */
export function evaluationSets(project: string): string[] {
  const folder = setsFolder(project);
  return readdirSync(folder)
    .filter((s) => statSync(path.join(folder, s)).isDirectory())
    .sort();
}

/** The ontology a set is scored with, relative to the project; null for a set no prefix covers. */
export function ontologyOfSet(set: string): string | null {
  return ONTOLOGY_BY_PREFIX.find(([prefix]) => set.startsWith(prefix))?.[1] ?? null;
}

export const goldFileOfSet = (project: string, set: string): string =>
  path.join(project, 'eval', 'gold', `own-words-${set}.json`);
