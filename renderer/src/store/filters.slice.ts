import type { StateCreator } from 'zustand';
import type { SortingState } from '@tanstack/react-table';
import type { Stance } from '../../../shared/model';
import type { Store } from '.';

export interface Filters {
  /** Empty means every party / demand / stance. */
  parties: string[];
  demands: string[];
  stances: Stance[];
  /** Only cells with evidence from this document (or its translations). */
  source: string | null;
  /** Only evidence published in this range (YYYY-MM-DD, inclusive). */
  dateFrom: string | null;
  dateTo: string | null;
}

export const NO_FILTERS: Filters = {
  parties: [],
  demands: [],
  stances: [],
  source: null,
  dateFrom: null,
  dateTo: null,
};

export interface FiltersSlice {
  filters: Filters;
  transposed: boolean;
  sorting: SortingState;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  toggleStanceFilter: (stance: Stance) => void;
  clearFilters: () => void;
  toggleTransposed: () => void;
  setSorting: (sorting: SortingState) => void;
}

export const createFiltersSlice: StateCreator<Store, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  transposed: false,
  sorting: [],
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  toggleStanceFilter: (stance) =>
    set((s) => {
      const has = s.filters.stances.includes(stance);
      const stances = has ? s.filters.stances.filter((x) => x !== stance) : [...s.filters.stances, stance];
      return { filters: { ...s.filters, stances } };
    }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  // Sorting refers to row and column ids, which swap meaning on transpose: start afresh.
  toggleTransposed: () => set((s) => ({ transposed: !s.transposed, sorting: [] })),
  setSorting: (sorting) => set({ sorting }),
});

export const filtersActive = (f: Filters): boolean =>
  f.parties.length > 0 ||
  f.demands.length > 0 ||
  f.stances.length > 0 ||
  f.source !== null ||
  f.dateFrom !== null ||
  f.dateTo !== null;
