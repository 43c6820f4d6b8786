/**
 * The analyst layer's pure core, usable in main and in the renderer alike: applying actions,
 * anchoring, migrations and the effective matrix (ontology edits are merged by shared/derive). The undo history is exported as a
 * namespace because its function names (`undo`, `record`…) mean little on their own.
 */
export * from './anchor';
export * from './apply';
export * from './change';
export * from './check-targets';
export * from './effective';
export * as analystHistory from './history';
export type { History, HistoryEntry } from './history';
export * from './migrate';
export * from './replay';
export * from './stored-edits';
