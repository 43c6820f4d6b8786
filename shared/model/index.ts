export * from './analyst';
export * from './corpus';
export * from './effective';
export * from './matrix';
export * from './ontology';
export * from './stance';
export * from './review';
