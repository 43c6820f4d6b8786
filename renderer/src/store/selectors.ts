/**
 * Derived views of the store. Each is memoised on the identity of its inputs, so components
 * re-render only when the matrix, the analyst layer or the filters actually change.
 */
import type { EffectiveCell, EffectiveMatrix, MatrixDocument, Stance } from '../../../shared/model';
import {
  summarizeEvidence,
  type DocumentLookup,
  type EvidenceSummary,
} from '../../../shared/analyst/evidence';
import { cellKey } from '../../../shared/model';
import { buildEffectiveMatrix } from '../../../shared/analyst/effective';
import type { Filters } from './filters.slice';
import type { AnalystSnapshot, CellRef } from './types';
import type { Store } from '.';

function memoByRef<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const NO_ANALYST_DATA = {
  schemaVersion: 0,
  notes: [],
  overrides: [],
  citations: [],
  rejections: [],
  ontologyEdits: [],
};

const effectiveOf = memoByRef((matrix: Store['matrix'], analyst: AnalystSnapshot | null) =>
  matrix
    ? buildEffectiveMatrix(
        matrix,
        analyst?.data ?? NO_ANALYST_DATA,
        analyst?.anchors ?? {},
        analyst?.review?.suggestions,
      )
    : null,
);
export const selectEffective = (s: Store): EffectiveMatrix | null => effectiveOf(s.matrix, s.analyst);

const cellIndexOf = memoByRef((m: EffectiveMatrix | null) => {
  const index = new Map<string, EffectiveCell>();
  for (const cell of m?.cells ?? []) index.set(cellKey(cell.party, cell.demand), cell);
  return index;
});
export const selectCellIndex = (s: Store) => cellIndexOf(selectEffective(s));
export const selectCell = (s: Store, ref: CellRef | null): EffectiveCell | null =>
  ref ? (selectCellIndex(s).get(cellKey(ref.party, ref.demand)) ?? null) : null;

const documentIndexOf = memoByRef(
  (m: Store['matrix']) => new Map((m?.documents ?? []).map((d) => [d.id, d])),
);
export const selectDocumentIndex = (s: Store): Map<string, MatrixDocument> => documentIndexOf(s.matrix);

const nameIndexOf = memoByRef((m: Store['matrix']) => ({
  parties: new Map((m?.parties ?? []).map((p) => [p.id, p.name])),
  demands: new Map((m?.demands ?? []).map((d) => [d.id, d.title])),
}));
export const selectNames = (s: Store) => nameIndexOf(s.matrix);

/** One header of the grid: a party or a demand, depending on the transpose toggle. */
export interface AxisItem {
  id: string;
  name: string;
}

/** What a grid cell shows once the filters are applied. */
export interface CellView {
  cell: EffectiveCell;
  /** The cell's live evidence, as the detail, print and exports count it (shared/analyst/evidence). */
  evidence: EvidenceSummary;
  /** False when a filter excludes it: shown dimmed rather than hidden, so the grid keeps its shape. */
  matches: boolean;
}

export interface GridRow extends AxisItem {
  cells: Record<string, CellView>;
}

export interface GridModel {
  rowAxis: 'party' | 'demand';
  rows: GridRow[];
  columns: AxisItem[];
  /** Rows before filtering, for "n of m" in the toolbar. */
  totalRows: number;
}

export function cellView(cell: EffectiveCell, filters: Filters, documents: DocumentLookup): CellView {
  const evidenceFiltered = Boolean(filters.source || filters.dateFrom || filters.dateTo);
  const evidence = summarizeEvidence(cell, documents, filters);
  const stanceOk = filters.stances.length === 0 || filters.stances.includes(cell.stance);
  return { cell, evidence, matches: stanceOk && (!evidenceFiltered || evidence.citations > 0) };
}

export function buildGridModel(
  m: EffectiveMatrix | null,
  filters: Filters,
  transposed: boolean,
  documents: Map<string, MatrixDocument>,
): GridModel {
  const rowAxis = transposed ? 'demand' : 'party';
  if (!m) return { rowAxis, rows: [], columns: [], totalRows: 0 };
  const parties = m.parties
    .filter((p) => filters.parties.length === 0 || filters.parties.includes(p.id))
    .map((p) => ({ id: p.id, name: p.name }));
  const demands = m.demands
    .filter((d) => filters.demands.length === 0 || filters.demands.includes(d.id))
    .map((d) => ({ id: d.id, name: d.title }));
  const index = cellIndexOf(m);
  const [rowItems, columns] = transposed ? [demands, parties] : [parties, demands];
  const cellFiltered =
    filters.stances.length > 0 || Boolean(filters.source || filters.dateFrom || filters.dateTo);
  const rows: GridRow[] = [];
  for (const item of rowItems) {
    const cells: Record<string, CellView> = {};
    let anyMatch = false;
    for (const col of columns) {
      const cell = index.get(transposed ? cellKey(col.id, item.id) : cellKey(item.id, col.id));
      if (!cell) continue;
      const view = cellView(cell, filters, documents);
      cells[col.id] = view;
      anyMatch ||= view.matches;
    }
    if (!cellFiltered || anyMatch) rows.push({ ...item, cells });
  }
  return { rowAxis, rows, columns, totalRows: transposed ? m.demands.length : m.parties.length };
}

/** Stance order for sorting a column: firm positions first, silence last. */
export const STANCE_SORT_ORDER: Record<Stance, number> = {
  supports: 0,
  open: 1,
  unclear: 2,
  rejects: 3,
  none: 4,
};
