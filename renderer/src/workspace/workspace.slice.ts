/** The open workspace, the workspace/import/review dialogs, and files waiting to be imported. */
import type { StateCreator } from 'zustand';
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { messageOf } from '../store/matrix.slice';
import type { Store } from '../store';

export type WorkspaceInfo = RequestReply<'workspace:get'>;
export type WorkspaceDialog = 'new' | 'open' | 'copy' | 'import' | 'paste' | 'documents' | 'review' | null;

/** Files to import: read in the renderer (drop, browser file input, paste) or staged by main (Electron dialog). */
export type ImportSource =
  { kind: 'files'; files: File[] } | { kind: 'staged'; staged: RequestReply<'import:choose-files'>['files'] };

export interface WorkspaceSlice {
  workspace: WorkspaceInfo | null;
  workspaceError: string | null;
  workspaceDialog: WorkspaceDialog;
  importSource: ImportSource | null;
  loadWorkspace: () => Promise<void>;
  setWorkspaceDialog: (dialog: WorkspaceDialog) => void;
  startImport: (source: ImportSource) => void;
  /** After documents were added, edited or removed: the matrix, the analyst layer and the counts. */
  refreshAfterDocuments: () => Promise<void>;
}

export const createWorkspaceSlice: StateCreator<Store, [], [], WorkspaceSlice> = (set, get) => ({
  workspace: null,
  workspaceError: null,
  workspaceDialog: null,
  importSource: null,
  loadWorkspace: async () => {
    try {
      set({ workspace: await platform['workspace:get']({}), workspaceError: null });
    } catch (error) {
      set({ workspaceError: messageOf(error) });
    }
  },
  setWorkspaceDialog: (workspaceDialog) => set({ workspaceDialog }),
  startImport: (importSource) => set({ importSource, workspaceDialog: 'import' }),
  refreshAfterDocuments: async () => {
    await Promise.all([get().refreshMatrix(), get().loadAnalyst(), get().loadWorkspace()]);
  },
});

/** A workspace was opened, created or copied: start the view afresh on it. */
export function reloadForWorkspace(): void {
  window.location.reload();
}
