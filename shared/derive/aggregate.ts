/**
 * Citations → one cell per party × demand. Each independent source (a document and its
 * translations) casts one vote, split over the stances its citations show; the cell takes the
 * leading stance, or `unclear` when no stance leads clearly. Confidence grows with agreement and
 * with the number of independent sources.
 */
import type { Citation, MatrixCell, StanceAtDate } from '../model/matrix';
import type { Demand, Party } from '../model/ontology';
import type { Stance } from '../model/stance';

export interface SourceInfo {
  /** The root document of a translation family: translations vote once. */
  sourceOf(document: string): string;
  published(document: string): string | null;
}

/** Newest first; undated last; then by document and position so the order is stable. */
export function compareCitations(a: Citation, b: Citation): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.start - b.start;
}

type Votes = Map<Stance, number>;

function vote(citations: Citation[], info: SourceInfo): Votes {
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) {
    const source = info.sourceOf(c.document);
    const list = bySource.get(source);
    if (list) list.push(c);
    else bySource.set(source, [c]);
  }
  const votes: Votes = new Map();
  for (const list of bySource.values()) {
    for (const c of list) votes.set(c.stance, (votes.get(c.stance) ?? 0) + 1 / list.length);
  }
  return votes;
}

function leading(votes: Votes): { stance: Stance; share: number } {
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || total === 0) return { stance: 'none', share: 0 };
  const share = top[1] / total;
  // Two stances close to even: the corpus gives mixed signals.
  if (second && second[1] >= top[1] * 0.75) return { stance: 'unclear', share };
  return { stance: top[0], share };
}

function timeline(citations: Citation[], info: SourceInfo): StanceAtDate[] {
  const byDate = new Map<string | null, Citation[]>();
  for (const c of citations) {
    const list = byDate.get(c.published);
    if (list) list.push(c);
    else byDate.set(c.published, [c]);
  }
  const dates = [...byDate.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return dates.map((date) => {
    const list = byDate.get(date) as Citation[];
    return {
      date,
      stance: leading(vote(list, info)).stance,
      documents: [...new Set(list.map((c) => c.document))].sort(),
    };
  });
}

export function aggregateCells(
  parties: Party[],
  demands: Demand[],
  citations: Citation[],
  info: SourceInfo,
): MatrixCell[] {
  const byCell = new Map<string, Citation[]>();
  for (const c of citations) {
    const key = `${c.party}|${c.demand}`;
    const list = byCell.get(key);
    if (list) list.push(c);
    else byCell.set(key, [c]);
  }
  const cells: MatrixCell[] = [];
  for (const party of parties) {
    for (const demand of demands) {
      const list = (byCell.get(`${party.id}|${demand.id}`) ?? []).sort(compareCitations);
      if (list.length === 0) {
        cells.push({
          party: party.id,
          demand: demand.id,
          stance: 'none',
          confidence: 0,
          citations: [],
          sources: 0,
          ownSources: 0,
          mentions: [],
          timeline: [],
        });
        continue;
      }
      const { stance, share } = leading(vote(list, info));
      const sources = new Set(list.map((c) => info.sourceOf(c.document))).size;
      const confidence = Math.round(share * (1 - 0.5 ** sources) * 100) / 100;
      cells.push({
        party: party.id,
        demand: demand.id,
        stance,
        confidence,
        citations: list,
        sources,
        ownSources: new Set(list.filter((c) => c.voice === 'own').map((c) => info.sourceOf(c.document))).size,
        mentions: [],
        timeline: timeline(list, info),
      });
    }
  }
  return cells;
}
