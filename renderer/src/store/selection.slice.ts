import type { StateCreator } from 'zustand';
import type { CellRef, TextRange } from './types';
import type { Store } from '.';

/** Which side panel is showing; the panel stack lets Esc and "Back" return to the previous one. */
export type Panel =
  | { kind: 'detail'; cell: CellRef }
  | { kind: 'reader'; document: string; focus: TextRange | null; find?: string | null }
  | { kind: 'search' };

export interface SelectionSlice {
  /** The grid's roving focus: the one cell that holds tabindex=0. */
  focused: CellRef | null;
  panels: Panel[];
  focusCell: (cell: CellRef) => void;
  openDetail: (cell: CellRef) => void;
  /** `find` fills the reader's Find box (a search term carried from the search results). */
  openReader: (document: string, focus?: TextRange | null, find?: string | null) => void;
  openSearch: () => void;
  /** Closes the top panel (Esc), returning to the one beneath it. */
  closePanel: () => void;
  closeAllPanels: () => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  focused: null,
  panels: [],
  focusCell: (cell) => set({ focused: cell }),
  // Opening a cell's detail starts a fresh stack: the detail is where the analyst's trail begins.
  openDetail: (cell) => set({ focused: cell, panels: [{ kind: 'detail', cell }] }),
  openReader: (document, focus = null, find = null) =>
    set((s) => ({
      panels: [
        ...withoutTop(s.panels, 'reader'),
        find ? { kind: 'reader', document, focus, find } : { kind: 'reader', document, focus },
      ],
    })),
  openSearch: () =>
    set((s) => ({ panels: [...s.panels.filter((p) => p.kind !== 'search'), { kind: 'search' }] })),
  closePanel: () => set((s) => ({ panels: s.panels.slice(0, -1) })),
  closeAllPanels: () => set({ panels: [] }),
});

// A reader opened from a reader replaces it rather than stacking readers ten deep.
function withoutTop(panels: Panel[], kind: Panel['kind']): Panel[] {
  return panels.at(-1)?.kind === kind ? panels.slice(0, -1) : panels;
}

export const topPanel = (s: Pick<Store, 'panels'>): Panel | null => s.panels.at(-1) ?? null;
