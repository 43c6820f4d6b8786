/** The analyst layer's pure core: actions, history, anchoring, migrations and the effective matrix. */
export * from './anchor';
export * from './apply';
export * from './effective';
export * from './history';
export * from './migrate';
export * from './ontology-edits';
