/**
 * A corpus folder for a negotiation the shipped ontology knows nothing of: the trade-dispute articles,
 * their corpus.json, and an ontology.json with the shipped stance cues and office words but no
 * parties and no demands (what a new, empty workspace starts from).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TRADE_ARTICLES } from '../../../shared/vocabulary/test-support/trade-articles';

export const SHIPPED_ONTOLOGY = path.resolve('corpus', 'ontology.json');

export function writeTradeCorpus(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const a of TRADE_ARTICLES) writeFileSync(path.join(dir, a.file), a.text);
  const documents = TRADE_ARTICLES.map((a) => ({
    id: a.id,
    path: a.file,
    title: a.title,
    outlet: a.outlet,
    author: null,
    published: a.published,
    publishedNote: null,
    language: 'en',
    translationOf: null,
  }));
  writeFileSync(path.join(dir, 'corpus.json'), `${JSON.stringify({ documents }, null, 2)}\n`);
  const shipped = JSON.parse(readFileSync(SHIPPED_ONTOLOGY, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    path.join(dir, 'ontology.json'),
    `${JSON.stringify({ ...shipped, parties: [], demands: [] }, null, 2)}\n`,
  );
  return dir;
}
