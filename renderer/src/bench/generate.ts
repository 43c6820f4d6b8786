/**
 * A generated matrix for the render benchmark (`?bench=1`): parties × demands with a given
 * number of citations spread over them. Deterministic, so runs compare.
 */
import type { Citation, MatrixCell, MatrixDocument, Stance, StanceMatrix } from '../../../shared/model';
import { STANCES } from '../../../shared/model';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export interface BenchSize {
  parties: number;
  demands: number;
  citations: number;
  documents: number;
}

export const BENCH_DEFAULT: BenchSize = { parties: 200, demands: 40, citations: 100_000, documents: 2_000 };

export function generateMatrix(size: BenchSize = BENCH_DEFAULT): StanceMatrix {
  const rand = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const parties = Array.from({ length: size.parties }, (_, i) => ({
    id: `party-${i + 1}`,
    name: `Party ${String(i + 1).padStart(3, '0')}`,
    aliases: [],
  }));
  const demands = Array.from({ length: size.demands }, (_, i) => ({
    id: `demand-${i + 1}`,
    title: `Demand ${i + 1}`,
    description: '',
    phrases: [],
  }));
  const documents: MatrixDocument[] = Array.from({ length: size.documents }, (_, i) => ({
    id: `doc-${i + 1}`,
    path: `doc-${i + 1}.txt`,
    title: `Generated article ${i + 1}`,
    outlet: `Outlet ${(i % 25) + 1}`,
    published: `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    language: 'en',
    translationOf: null,
    hash: `hash-${i}`,
  }));
  const byCell = new Map<string, Citation[]>();
  const stances: Stance[] = STANCES.filter((s) => s !== 'none');
  for (let i = 0; i < size.citations; i++) {
    // Skewed so some cells are empty, as in a real corpus.
    const party = parties[Math.floor(rand() ** 1.6 * parties.length)]!.id;
    const demand = pick(demands).id;
    const doc = pick(documents);
    const start = Math.floor(rand() * 5000);
    const list = byCell.get(`${party}|${demand}`) ?? [];
    list.push({
      key: `${doc.id}:${start}-${start + 40}:${party}:${demand}:${i}`,
      document: doc.id,
      start,
      end: start + 40,
      quote: 'A generated quote of about forty chars.',
      party,
      demand,
      stance: pick(stances),
      cue: 'rejects',
      negated: false,
      attribution: { party, kind: 'speaker', matched: 'Speaker', role: null, speaker: null },
      demandMatch: 'demand',
      published: doc.published,
      voice: 'own',
      modality: 'present',
      weight: 1,
      resolvedFrom: null,
    });
    byCell.set(`${party}|${demand}`, list);
  }
  const cells: MatrixCell[] = [];
  for (const p of parties) {
    for (const d of demands) {
      const citations = byCell.get(`${p.id}|${d.id}`) ?? [];
      const counts = new Map<Stance, number>();
      for (const c of citations) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
      const stance = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
      cells.push({
        party: p.id,
        demand: d.id,
        stance,
        confidence: citations.length ? 0.5 : 0,
        citations,
        sources: new Set(citations.map((c) => c.document)).size,
        ownSources: new Set(citations.map((c) => c.document)).size,
        mentions: [],
        timeline: [],
      });
    }
  }
  return {
    schemaVersion: 2,
    generatedAt: new Date(0).toISOString(),
    documents,
    parties,
    demands,
    cells,
    problems: [],
    stats: { documents: documents.length, sentences: 0, citations: size.citations, errors: 0, millis: 0 },
  };
}
