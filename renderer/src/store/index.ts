/**
 * The renderer's one store, built from typed slices (zustand's slices pattern).
 * Components select single fields or use the selectors in ./selectors.
 */
import { create } from 'zustand';
import { createAnalystSlice, type AnalystSlice } from './analyst.slice';
import { createFiltersSlice, type FiltersSlice } from './filters.slice';
import { createMatrixSlice, type MatrixSlice } from './matrix.slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences.slice';
import { createSelectionSlice, type SelectionSlice } from './selection.slice';
import { createUiSlice, type UiSlice } from './ui.slice';
import { createVocabularySlice, type VocabularySlice } from '../vocabulary/vocabulary.slice';
import { createWorkspaceSlice, type WorkspaceSlice } from '../workspace/workspace.slice';

export type Store = MatrixSlice &
  SelectionSlice &
  FiltersSlice &
  AnalystSlice &
  PreferencesSlice &
  UiSlice &
  VocabularySlice &
  WorkspaceSlice;

export const createStandpointStore = () =>
  create<Store>()((...a) => ({
    ...createMatrixSlice(...a),
    ...createSelectionSlice(...a),
    ...createFiltersSlice(...a),
    ...createAnalystSlice(...a),
    ...createPreferencesSlice(...a),
    ...createUiSlice(...a),
    ...createVocabularySlice(...a),
    ...createWorkspaceSlice(...a),
  }));

export const useStandpoint = createStandpointStore();
