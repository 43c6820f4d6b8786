import type { CellRef } from '../store/types';

/** Gives keyboard focus back to a grid cell, e.g. when Esc closes the panel the cell opened. */
export function focusGridCell(ref: CellRef | null) {
  if (!ref) return;
  requestAnimationFrame(() => {
    const selector = `[role="gridcell"][data-cell="${CSS.escape(`${ref.party}|${ref.demand}`)}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}
