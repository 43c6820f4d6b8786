/**
 * The review queue's rules, pure. A cell the analyst has touched (an override, a note on it or on
 * one of its citations, an analyst citation, a rejected citation, a review mark, an earlier review
 * decision) does not change silently when a new or edited document changes its derived stance:
 * the change becomes a suggestion, and until it is accepted the cell keeps the stance the analyst
 * last saw (a dismissed change keeps it for good, until a later document changes it again).
 */
import type { AnalystData } from '../model/analyst';
import { cellKey, type Citation, type StanceMatrix } from '../model/matrix';
import type { CellReview, Suggestion } from '../model/review';
import type { Stance } from '../model/stance';

/** Keys (party|demand) of the cells the analyst has touched. */
export function touchedCells(data: AnalystData, matrix: StanceMatrix): Set<string> {
  const touched = new Set<string>();
  const citationCell = new Map<string, string>();
  for (const cell of matrix.cells)
    for (const c of cell.citations) citationCell.set(c.key, cellKey(cell.party, cell.demand));
  for (const o of data.overrides) touched.add(cellKey(o.party, o.demand));
  for (const c of data.citations) touched.add(cellKey(c.party, c.demand));
  for (const n of data.notes) {
    if (n.target.kind === 'cell') touched.add(cellKey(n.target.party, n.target.demand));
    else if (n.target.kind === 'citation') {
      const key = citationCell.get(n.target.citationKey);
      if (key) touched.add(key);
    }
  }
  for (const r of data.rejections) {
    const key = citationCell.get(r.citationKey);
    if (key) touched.add(key);
  }
  for (const m of data.reviewMarks ?? []) touched.add(cellKey(m.party, m.demand));
  for (const d of data.reviewDecisions ?? []) touched.add(cellKey(d.party, d.demand));
  return touched;
}

/** The review state of every cell the queue says something about, by cell key. */
export function cellReviews(suggestions: Suggestion[], data: AnalystData): Map<string, CellReview> {
  const decided = new Map((data.reviewDecisions ?? []).map((d) => [d.suggestionId, d]));
  const reviews = new Map<string, CellReview>();
  const entry = (key: string) => {
    let r = reviews.get(key);
    if (!r) reviews.set(key, (r = { pending: null, held: null, reviewed: null }));
    return r;
  };
  // Oldest first, so the latest suggestion of a cell decides what it shows.
  for (const s of [...suggestions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (s.withdrawn) continue;
    const r = entry(cellKey(s.party, s.demand));
    const decision = decided.get(s.id);
    if (!decision) {
      r.pending = s;
      r.held = s.fromStance;
    } else {
      r.pending = null;
      r.held = decision.decision === 'dismissed' ? s.fromStance : null;
    }
  }
  for (const m of data.reviewMarks ?? []) {
    entry(cellKey(m.party, m.demand)).reviewed = { by: m.author, at: m.updatedAt, stance: m.stance };
  }
  return reviews;
}

export type NewSuggestion = Omit<Suggestion, 'id' | 'createdAt'>;

/**
 * Suggestions for a change of documents: every touched cell whose shown stance (held or derived)
 * before the change differs from its derived stance after, when a changed document cites in it.
 */
export function suggestChanges(options: {
  before: StanceMatrix;
  after: StanceMatrix;
  changed: Map<string, 'added' | 'edited'>;
  touched: Set<string>;
  reviews: Map<string, CellReview>;
}): NewSuggestion[] {
  const { before, after, changed, touched, reviews } = options;
  const beforeCells = new Map(before.cells.map((c) => [cellKey(c.party, c.demand), c]));
  const titles = new Map(after.documents.map((d) => [d.id, d.title]));
  const out: NewSuggestion[] = [];
  for (const cell of after.cells) {
    const key = cellKey(cell.party, cell.demand);
    if (!touched.has(key)) continue;
    const shown: Stance = reviews.get(key)?.held ?? beforeCells.get(key)?.stance ?? 'none';
    if (shown === cell.stance) continue;
    const citations: Citation[] = cell.citations.filter((c) => changed.has(c.document));
    if (citations.length === 0) continue; // the change came from elsewhere (a removal), not a new document
    const documents = [...new Set(citations.map((c) => c.document))];
    out.push({
      party: cell.party,
      demand: cell.demand,
      fromStance: shown,
      toStance: cell.stance,
      documents: documents.map((id) => ({ id, title: titles.get(id) ?? id })),
      citations,
      reason: documents.some((d) => changed.get(d) === 'edited') ? 'edited' : 'added',
      withdrawn: false,
    });
  }
  return out;
}

/** Ids of waiting suggestions whose change no longer holds in `matrix`. */
export function staleSuggestions(
  suggestions: Suggestion[],
  data: AnalystData,
  matrix: StanceMatrix,
): string[] {
  const decided = new Set((data.reviewDecisions ?? []).map((d) => d.suggestionId));
  const cells = new Map(matrix.cells.map((c) => [cellKey(c.party, c.demand), c]));
  const documents = new Set(matrix.documents.map((d) => d.id));
  return suggestions
    .filter((s) => !s.withdrawn && !decided.has(s.id))
    .filter(
      (s) =>
        cells.get(cellKey(s.party, s.demand))?.stance !== s.toStance ||
        !s.documents.some((d) => documents.has(d.id)),
    )
    .map((s) => s.id);
}
