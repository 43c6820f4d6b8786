export { parseOntology, type OntologyParseResult } from './ontology-parse';
export { applyOntologyEdits } from './ontology-edits';
export { deriveMatrix, sourceInfo, toMatrixDocument, type DeriveOptions } from './derive-matrix';
export {
  createSegmenter,
  createWinkSegmenter,
  createSimpleSegmenter,
  type Segmenter,
  type Sentence,
} from './segment';
export { inferMetadata, type InferredMetadata } from './infer-metadata';
export { compileOntology } from './compile-ontology';
