/** Print and export: pure functions from the effective matrix and the corpus to strings. */
export * from './exporters';
export {
  analystCitationKey,
  verifyQuotes,
  type QuoteCheck,
  type QuoteStatus,
  type QuoteVerification,
  type VerifyOptions,
} from './verify-quotes';
export {
  describeCorpus,
  DEFAULT_TITLE,
  prepareExport,
  type PreparedCell,
  type PreparedCitation,
  type PreparedExport,
} from './prepare';
export { IN_APP_PRINT_CSS, PRINT_CSS, pageSizeCss, printCss } from './print-css';
export { NOTE_MARK, OVERRIDE_MARK, UNVERIFIED_MARK } from './print-parts';
export { printBodyOf, printCssOf, renderPrintHtml, renderPrintDocument, type PrintHtml } from './print-html';
export { csvField, CSV_CELL_COLUMNS, CSV_LONG_COLUMNS } from './csv';
export { mdText } from './markdown';
export type { MatrixExportJson } from './json';
export { escapeHtml, formatPrintedAt, slug } from './text';
export { DEFAULT_EXPORT_OPTIONS, type ExportContext, type ExportFormat, type ExportOptions } from './types';
