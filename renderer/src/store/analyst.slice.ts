import type { StateCreator } from 'zustand';
import { applyAnalystChange } from '../../../shared/analyst/change';
import { isCreate } from '../../../shared/analyst/replay';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { messageOf } from './matrix.slice';
import type { AnalystAction, AnalystSnapshot, LoadStatus, StoreNotice } from './types';
import type { Store } from '.';

type AnalystChange = RequestReply<'analyst:apply'>;

/** How often the view asks whether unsaved work (a full disk) has been saved since. */
export const SAVE_STATUS_POLL_MS = 3_000;

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
  // While main says the work is not on disk, ask now and then until it is (see analyst:save-status).
  let polling: ReturnType<typeof setInterval> | undefined;
  const watchSave = (save: AnalystSnapshot['save']) => {
    if (save.saved) {
      clearInterval(polling);
      polling = undefined;
      return;
    }
    polling ??= setInterval(() => {
      platform['analyst:save-status']({}).then(
        (status) => {
          const current = get().analyst;
          if (current?.revision === status.revision) set({ analyst: { ...current, save: status.save } });
          watchSave(status.save);
        },
        () => {}, // the next tick asks again
      );
    }, SAVE_STATUS_POLL_MS);
  };
  // Main replies with what changed; a reply that does not follow our copy means one was missed.
  const run = async (request: () => Promise<AnalystChange>): Promise<boolean> => {
    try {
      const current = get().analyst;
      const before = current?.data.ontologyEdits;
      const change = await request();
      const snapshot = current ? applyAnalystChange(current, change) : null;
      if (!snapshot) {
        await get().loadAnalyst();
        return true;
      }
      set({ analyst: snapshot, analystStatus: 'ready', analystError: null });
      watchSave(snapshot.save);
      // An ontology edit (or its undo) re-runs the derivation in main: fetch the new matrix.
      if (before && !sameEdits(before, snapshot.data.ontologyEdits)) void get().refreshMatrix();
      return true;
    } catch (error) {
      set({ analystError: messageOf(error) });
      return false;
    }
  };
  // A new item gets an id chosen here, kept until main confirms it: sending the same create again
  // after a failure reuses it, so main can tell a retry from a second item (shared/analyst/replay.ts).
  const pendingIds = new Map<string, string>();
  const withClientId = (action: AnalystAction): { action: AnalystAction; key: string | null } => {
    if (!isCreate(action) || action.id !== undefined) return { action, key: null };
    const key = JSON.stringify(action);
    let id = pendingIds.get(key);
    if (!id) pendingIds.set(key, (id = crypto.randomUUID()));
    return { action: { ...action, id }, key };
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
        watchSave(snapshot.save);
      } catch (error) {
        set({ analystStatus: 'error', analystError: messageOf(error) });
      }
    },
    applyAnalyst: async (original) => {
      const { action, key } = withClientId(original);
      const ok = await run(() => platform['analyst:apply']({ action }));
      if (ok && key) pendingIds.delete(key);
      return ok;
    },
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
