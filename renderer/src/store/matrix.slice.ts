import type { StateCreator } from 'zustand';
import type { StanceMatrix } from '../../../shared/model';
import { platform } from '../platform';
import type { LoadStatus } from './types';
import type { Store } from '.';

export interface MatrixSlice {
  matrix: StanceMatrix | null;
  matrixStatus: LoadStatus;
  matrixError: string | null;
  loadMatrix: () => Promise<void>;
  /** Fetches the re-derived matrix (after an ontology edit) while the current one stays on screen. */
  refreshMatrix: () => Promise<void>;
  /** Used by the benchmark and tests to show a matrix that did not come from main. */
  setMatrix: (matrix: StanceMatrix) => void;
}

export const createMatrixSlice: StateCreator<Store, [], [], MatrixSlice> = (set) => ({
  matrix: null,
  matrixStatus: 'idle',
  matrixError: null,
  loadMatrix: async () => {
    set({ matrixStatus: 'loading', matrixError: null });
    try {
      const matrix = await platform['matrix:get']({});
      set({ matrix, matrixStatus: 'ready' });
    } catch (error) {
      set({ matrixStatus: 'error', matrixError: messageOf(error) });
    }
  },
  refreshMatrix: async () => {
    try {
      set({ matrix: await platform['matrix:get']({}), matrixStatus: 'ready', matrixError: null });
    } catch (error) {
      set({ matrixStatus: 'error', matrixError: messageOf(error) });
    }
  },
  setMatrix: (matrix) => set({ matrix, matrixStatus: 'ready', matrixError: null }),
});

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
