/**
 * Roving focus for the grid: arrows, Home/End, PageUp/PageDown move; Enter opens the detail; s / n sort;
 * [ / ] / = resize the focused column.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useStandpoint } from '../store';
import type { CellRef } from '../store/types';
import { ROW_HEADER_ID } from './columns';

interface Options {
  rowAxis: 'party' | 'demand';
  rowIds: string[];
  colIds: string[];
  scrollTo: (row: number, col: number) => void;
  gridRef: RefObject<HTMLDivElement | null>;
  /** Widens (+) or narrows (−) a column by some pixels, or resets it (0): the keyboard's column resize. */
  resizeColumn: (colId: string, delta: number) => void;
}

const PAGE = 10;
const RESIZE_STEP = 24;

export function useGridKeyboard({ rowAxis, rowIds, colIds, scrollTo, gridRef, resizeColumn }: Options) {
  const focused = useStandpoint((s) => s.focused);
  const focusCell = useStandpoint((s) => s.focusCell);
  const openDetail = useStandpoint((s) => s.openDetail);
  const sorting = useStandpoint((s) => s.sorting);
  const setSorting = useStandpoint((s) => s.setSorting);

  const toRef = useCallback(
    (row: number, col: number): CellRef | null => {
      const r = rowIds[row];
      const c = colIds[col];
      if (r === undefined || c === undefined) return null;
      return rowAxis === 'party' ? { party: r, demand: c } : { party: c, demand: r };
    },
    [rowAxis, rowIds, colIds],
  );

  const row = focused ? rowIds.indexOf(rowAxis === 'party' ? focused.party : focused.demand) : -1;
  const col = focused ? colIds.indexOf(rowAxis === 'party' ? focused.demand : focused.party) : -1;
  // A focused cell filtered out of view hands the roving tab stop to the first cell.
  const focusedIndex = row >= 0 && col >= 0 ? { row, col } : { row: 0, col: 0 };

  // A cell chosen elsewhere (a highlight in the reader) is scrolled into view in the grid.
  const scrollRef = useRef(scrollTo);
  useEffect(() => {
    scrollRef.current = scrollTo;
  });
  useEffect(() => {
    if (row >= 0 && col >= 0) scrollRef.current(row, col);
  }, [row, col]);

  // Move DOM focus only when the analyst moved it with the keyboard, not on every render.
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!pendingFocus.current || !focused) return;
    pendingFocus.current = false;
    const selector = `[data-cell="${CSS.escape(`${focused.party}|${focused.demand}`)}"]`;
    const tryFocus = (attempt: number) => {
      const el = gridRef.current?.querySelector<HTMLElement>(selector);
      if (el) el.focus({ preventScroll: false });
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  }, [focused, gridRef]);

  const moveTo = useCallback(
    (r: number, c: number) => {
      const rr = Math.max(0, Math.min(rowIds.length - 1, r));
      const cc = Math.max(0, Math.min(colIds.length - 1, c));
      const ref = toRef(rr, cc);
      if (!ref) return;
      scrollTo(rr, cc);
      pendingFocus.current = true;
      focusCell(ref);
    },
    [rowIds.length, colIds.length, toRef, scrollTo, focusCell],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.target instanceof HTMLElement) || e.target.getAttribute('role') !== 'gridcell') return;
    const { row: r, col: c } = focusedIndex;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      PageUp: [r - PAGE, c],
      PageDown: [r + PAGE, c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rowIds.length - 1, colIds.length - 1] : [r, colIds.length - 1],
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      moveTo(target[0], target[1]);
    } else if (e.key === 's' || e.key === 'n') {
      // s: sort rows by the stance in this column; n: by name. Pressing again flips, then clears.
      e.preventDefault();
      const id = e.key === 's' ? colIds[c] : ROW_HEADER_ID;
      if (!id) return;
      const current = sorting.find((x) => x.id === id);
      setSorting(!current ? [{ id, desc: false }] : current.desc ? [] : [{ id, desc: true }]);
    } else if (e.key === '[' || e.key === ']' || e.key === '=') {
      // [ narrows and ] widens the focused column; = gives it back its default width.
      e.preventDefault();
      const id = colIds[c];
      if (id) resizeColumn(id, e.key === '=' ? 0 : e.key === ']' ? RESIZE_STEP : -RESIZE_STEP);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const ref = toRef(r, c);
      if (ref) openDetail(ref);
    }
  };

  const onCellClick = (r: number, c: number, open = true) => {
    const ref = toRef(r, c);
    if (!ref) return;
    focusCell(ref);
    if (open) openDetail(ref);
  };

  return { focusedIndex, onKeyDown, onCellClick };
}
