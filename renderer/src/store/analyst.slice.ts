import type { StateCreator } from 'zustand';
import { platform } from '../platform';
import { messageOf } from './matrix.slice';
import type { AnalystAction, AnalystSnapshot, LoadStatus, StoreNotice } from './types';
import type { Store } from '.';

export interface AnalystSlice {
  analyst: AnalystSnapshot | null;
  analystStatus: LoadStatus;
  /** The last failed analyst request, shown until the next one succeeds. */
  analystError: string | null;
  /** Store notices (corrupt file moved aside…) the analyst has not yet dismissed. */
  notices: StoreNotice[];
  loadAnalyst: () => Promise<void>;
  /** Applies one change; resolves true when main accepted it. */
  applyAnalyst: (action: AnalystAction) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** The analyst has read the notices: main forgets them too, so they are not shown again. */
  dismissNotices: () => Promise<void>;
  clearAnalystError: () => void;
}

export const createAnalystSlice: StateCreator<Store, [], [], AnalystSlice> = (set, get) => {
  const run = async (request: () => Promise<AnalystSnapshot>): Promise<boolean> => {
    try {
      const before = get().analyst?.data.ontologyEdits;
      const snapshot = await request();
      set({ analyst: snapshot, analystStatus: 'ready', analystError: null });
      // An ontology edit (or its undo) re-runs the derivation in main: fetch the new matrix.
      if (before && !sameEdits(before, snapshot.data.ontologyEdits)) void get().refreshMatrix();
      return true;
    } catch (error) {
      set({ analystError: messageOf(error) });
      return false;
    }
  };
  return {
    analyst: null,
    analystStatus: 'idle',
    analystError: null,
    notices: [],
    loadAnalyst: async () => {
      set({ analystStatus: 'loading' });
      try {
        const snapshot = await platform['analyst:get']({});
        set({ analyst: snapshot, analystStatus: 'ready', analystError: null, notices: snapshot.notices });
      } catch (error) {
        set({ analystStatus: 'error', analystError: messageOf(error) });
      }
    },
    applyAnalyst: (action) => run(() => platform['analyst:apply']({ action })),
    undo: async () => {
      if (get().analyst?.canUndo) await run(() => platform['analyst:undo']({}));
    },
    redo: async () => {
      if (get().analyst?.canRedo) await run(() => platform['analyst:redo']({}));
    },
    dismissNotices: async () => {
      set({ notices: [] });
      await run(() => platform['analyst:dismiss-notices']({}));
    },
    clearAnalystError: () => set({ analystError: null }),
  };
};

function sameEdits(a: AnalystSnapshot['data']['ontologyEdits'], b: AnalystSnapshot['data']['ontologyEdits']) {
  return a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.updatedAt === b[i]?.updatedAt);
}
