import type { CellRef } from '../store/types';

/** Gives keyboard focus back to a grid cell, e.g. when Esc closes the panel the cell opened. */
export function focusGridCell(ref: CellRef | null) {
  if (!ref) return;
  requestAnimationFrame(() => {
    const selector = `[role="gridcell"][data-cell="${CSS.escape(`${ref.party}|${ref.demand}`)}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

/** Focuses the grid's one tab stop (the cell holding tabindex 0): the skip link's target. */
export function focusMatrix(): boolean {
  const cell = document.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
  cell?.focus();
  return Boolean(cell);
}
