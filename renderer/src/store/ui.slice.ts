import type { StateCreator } from 'zustand';
import type { SourceDocument } from '../../../shared/model';
import { platform } from '../platform';
import { messageOf } from './matrix.slice';
import type { LoadStatus, SearchHit } from './types';
import type { Panel } from './selection.slice';
import type { Store } from '.';

export type Dialog = 'shortcuts' | 'print' | 'export' | 'preferences' | 'about' | 'vocabulary' | null;

export interface UiSlice {
  dialog: Dialog;
  /** Bumped to ask the search box to take focus (`/`, menu "Search"). */
  searchFocusRequest: number;
  /** Bumped to ask the reader's Find box to take focus (Ctrl/Cmd+F, menu "Find"). */
  findFocusRequest: number;
  searchQuery: string;
  searchHits: SearchHit[];
  searchStatus: LoadStatus;
  searchError: string | null;
  /** Documents fetched for the detail panel and reader, by id. */
  documents: Record<string, SourceDocument>;
  documentErrors: Record<string, string>;
  /** A short message about something that failed outside the analyst layer (print, export). */
  flash: string | null;
  /** Panel widths the analyst chose by dragging the panel edge, per kind of panel. */
  panelWidths: Partial<Record<Panel['kind'], number>>;
  /** null gives the kind of panel back its default width. */
  setPanelWidth: (kind: Panel['kind'], width: number | null) => void;
  setFlash: (flash: string | null) => void;
  setDialog: (dialog: Dialog) => void;
  requestSearchFocus: () => void;
  requestFindFocus: () => void;
  search: (query: string) => Promise<void>;
  loadDocument: (id: string) => Promise<void>;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  dialog: null,
  searchFocusRequest: 0,
  findFocusRequest: 0,
  searchQuery: '',
  searchHits: [],
  searchStatus: 'idle',
  searchError: null,
  documents: {},
  documentErrors: {},
  flash: null,
  panelWidths: {},
  setPanelWidth: (kind, width) =>
    set((s) => {
      const panelWidths = { ...s.panelWidths };
      if (width === null) delete panelWidths[kind];
      else panelWidths[kind] = width;
      return { panelWidths };
    }),
  setFlash: (flash) => set({ flash }),
  setDialog: (dialog) => set({ dialog }),
  requestSearchFocus: () => set((s) => ({ searchFocusRequest: s.searchFocusRequest + 1 })),
  requestFindFocus: () => set((s) => ({ findFocusRequest: s.findFocusRequest + 1 })),
  search: async (query) => {
    set({ searchQuery: query, searchStatus: 'loading', searchError: null });
    get().openSearch();
    try {
      const { hits } = await platform['corpus:search']({ query, limit: 50 });
      // A slower earlier answer must not replace a later query's hits.
      if (get().searchQuery === query) set({ searchHits: hits, searchStatus: 'ready' });
    } catch (error) {
      if (get().searchQuery === query) set({ searchStatus: 'error', searchError: messageOf(error) });
    }
  },
  loadDocument: async (id) => {
    const { documents, documentErrors } = get();
    if (documents[id] || documentErrors[id]) return;
    try {
      const doc = await platform['document:get']({ id });
      set((s) => ({ documents: { ...s.documents, [id]: doc } }));
    } catch (error) {
      set((s) => ({ documentErrors: { ...s.documentErrors, [id]: messageOf(error) } }));
    }
  },
});
