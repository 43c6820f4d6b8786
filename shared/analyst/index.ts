/**
 * The analyst layer's pure core, usable in main and in the renderer alike: applying actions,
 * anchoring, migrations, the effective matrix and ontology edits. The undo history is exported as a
 * namespace because its function names (`undo`, `record`…) mean little on their own.
 */
export * from './anchor';
export * from './apply';
export * from './effective';
export * as analystHistory from './history';
export type { History, HistoryEntry } from './history';
export * from './migrate';
export * from './ontology-edits';
