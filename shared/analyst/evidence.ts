/**
 * What backs a cell, defined once for the grid, the cell detail, the timeline, the print and every
 * export: the derived citations the analyst has not rejected plus the analyst's own citations whose
 * passage is still in the source. Sources are independent sources: a translation counts with its
 * original, and a source counts once however often it is quoted.
 */
import type { EffectiveCell } from '../model/effective';
import type { MatrixDocument, StanceAtDate } from '../model/matrix';
import type { Stance } from '../model/stance';

/** What evidence needs to know about a document: its date and what it translates. */
export type EvidenceDocument = Pick<MatrixDocument, 'published' | 'translationOf'>;
export interface DocumentLookup {
  get(id: string): EvidenceDocument | undefined;
}

/** Which evidence to count: one source (and its translations) and a date range, all optional. */
export interface EvidenceFilter {
  source?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** One piece of live evidence, derived or the analyst's own. */
export interface EvidenceItem {
  kind: 'derived' | 'analyst';
  /** The derived citation's key, or the analyst citation's id. */
  key: string;
  document: string;
  stance: Stance;
  published: string | null;
  /** The party's own statement or reported by others; null where nobody has said (analyst citations). */
  voice: 'own' | 'reported' | null;
}

export interface EvidenceSummary {
  citations: number;
  /** Independent sources among the citations. */
  sources: number;
  /** Independent sources with at least one own statement of the party. */
  ownSources: number;
  /** Independent sources that only report the position. */
  reportedSources: number;
  /** Date of the newest dated evidence (YYYY-MM-DD), or null. */
  latest: string | null;
}

const filtering = (f: EvidenceFilter | undefined): boolean => Boolean(f?.source || f?.dateFrom || f?.dateTo);

/** The root of a translation family: a translation and its original are one source. */
export const sourceOf = (document: string, documents: DocumentLookup): string =>
  documents.get(document)?.translationOf ?? document;

function passes(item: EvidenceItem, f: EvidenceFilter, documents: DocumentLookup): boolean {
  if (f.source && item.document !== f.source && sourceOf(item.document, documents) !== f.source) return false;
  if (f.dateFrom && (!item.published || item.published < f.dateFrom)) return false;
  if (f.dateTo && (!item.published || item.published > f.dateTo)) return false;
  return true;
}

/** The cell's live evidence, newest first, narrowed by the filter when one is given. */
export function cellEvidence(
  cell: EffectiveCell,
  documents: DocumentLookup,
  filter?: EvidenceFilter,
): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const c of cell.citations) {
    if (cell.rejections[c.key]) continue;
    items.push({
      kind: 'derived',
      key: c.key,
      document: c.document,
      stance: c.stance,
      published: c.published,
      voice: c.voice,
    });
  }
  for (const a of cell.analystCitations) {
    if (a.resolution.status === 'orphaned') continue;
    items.push({
      kind: 'analyst',
      key: a.id,
      document: a.anchor.document,
      stance: a.stance,
      published: documents.get(a.anchor.document)?.published ?? null,
      voice: null,
    });
  }
  const kept = filtering(filter) ? items.filter((i) => passes(i, filter!, documents)) : items;
  return kept.sort(newestFirst);
}

function newestFirst(a: EvidenceItem, b: EvidenceItem): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published < b.published ? 1 : -1;
}

export function summarizeItems(items: EvidenceItem[], documents: DocumentLookup): EvidenceSummary {
  const voices = new Map<string, { own: boolean; reported: boolean }>();
  let latest: string | null = null;
  for (const item of items) {
    const root = sourceOf(item.document, documents);
    const v = voices.get(root) ?? { own: false, reported: false };
    if (item.voice === 'own') v.own = true;
    else if (item.voice === 'reported') v.reported = true;
    voices.set(root, v);
    if (item.published && (latest === null || item.published > latest)) latest = item.published;
  }
  let ownSources = 0;
  let reportedSources = 0;
  for (const v of voices.values()) {
    if (v.own) ownSources++;
    else if (v.reported) reportedSources++;
  }
  return { citations: items.length, sources: voices.size, ownSources, reportedSources, latest };
}

/**
 * The counts the grid, detail, print and exports show. A cell with nothing the analyst changed and
 * no filter takes the derivation's own figures: this runs for every cell on every filter change.
 */
export function summarizeEvidence(
  cell: EffectiveCell,
  documents: DocumentLookup,
  filter?: EvidenceFilter,
): EvidenceSummary {
  return summarizeItems(cellEvidence(cell, documents, filter), documents);
}

/** Stance by date from the live evidence: each source votes once per date, split over its stances. */
export function evidenceTimeline(items: EvidenceItem[], documents: DocumentLookup): StanceAtDate[] {
  const byDate = new Map<string | null, EvidenceItem[]>();
  for (const item of items) {
    const list = byDate.get(item.published);
    if (list) list.push(item);
    else byDate.set(item.published, [item]);
  }
  const dates = [...byDate.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return dates.map((date) => {
    const list = byDate.get(date)!;
    return {
      date,
      stance: leadingStance(list, documents),
      documents: [...new Set(list.map((i) => i.document))].sort(),
    };
  });
}

function leadingStance(items: EvidenceItem[], documents: DocumentLookup): Stance {
  const perSource = new Map<string, EvidenceItem[]>();
  for (const item of items) {
    const root = sourceOf(item.document, documents);
    perSource.set(root, [...(perSource.get(root) ?? []), item]);
  }
  const votes = new Map<Stance, number>();
  for (const list of perSource.values())
    for (const item of list) votes.set(item.stance, (votes.get(item.stance) ?? 0) + 1 / list.length);
  const [top, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!top) return 'none';
  // Two stances close to even on one date: the sources disagree.
  return second && second[1] >= top[1] * 0.75 ? 'unclear' : top[0];
}
