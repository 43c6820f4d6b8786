/**
 * "Suggest from the documents": time to propose parties and demand phrasings for a new negotiation
 * (the shipped cues, no parties, no demands) over the seed corpus and a generated 1,000-document
 * corpus, which is read up to the default budget (the figure says how much that was).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../electron/services/corpus/load-corpus';
import type { Ontology } from '../shared/model/ontology';
import { suggestVocabulary } from '../shared/vocabulary/suggest';
import { generateCorpus } from './generate-corpus';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runVocabularyBench(): Promise<Record<string, number>> {
  const shipped = JSON.parse(readFileSync(path.join(PROJECT, 'corpus', 'ontology.json'), 'utf8')) as Ontology;
  const empty: Ontology = { ...shipped, parties: [], demands: [] };
  const time = async (dir: string) => {
    const { documents } = await loadCorpus(dir);
    const started = performance.now();
    const result = suggestVocabulary(documents, empty);
    return { ms: performance.now() - started, result };
  };
  await time(path.join(PROJECT, 'corpus')); // load the tagger's model once
  const seeds = await time(path.join(PROJECT, 'corpus'));
  const dir = generateCorpus(1000);
  try {
    const big = await time(dir);
    return {
      'vocabulary: suggest from the 5 seed articles (ms)': seeds.ms,
      'vocabulary: suggest from 1,000 generated articles, to the budget (ms)': big.ms,
      'vocabulary: documents read of 1,000 within the budget': big.result.read.documents,
      'vocabulary: parties + demand phrasings proposed (1,000 articles)':
        big.result.parties.length + big.result.demands.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
