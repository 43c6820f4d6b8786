export {
  createMatrixService,
  PIPELINE_VERSION,
  type MatrixService,
  type MatrixServiceOptions,
} from './matrix-service';
export { loadCorpus, type LoadedCorpus } from './load-corpus';
export { decodeText, MAX_DOCUMENT_BYTES } from './decode-text';
export { sha256 } from './hash';
