/**
 * One entry per text format, each taking the same arguments as renderPrintHtml. Every one verifies
 * the quotes first (through prepareExport) and returns the warnings beside the text.
 */
import type { SourceDocument } from '../model/corpus';
import type { EffectiveMatrix } from '../model/effective';
import { renderCsvFrom, renderCsvLongFrom } from './csv';
import { renderJsonFrom } from './json';
import { renderMarkdownFrom } from './markdown';
import { prepareExport } from './prepare';
import type { ExportContext, ExportOptions } from './types';
import type { VerifyOptions } from './verify-quotes';

export interface TextExport {
  text: string;
  warnings: string[];
}

type Exporter = (
  matrix: EffectiveMatrix,
  documents: SourceDocument[],
  options: ExportOptions,
  context: ExportContext,
  verify?: VerifyOptions,
) => TextExport;

export const renderMarkdownBriefing: Exporter = (matrix, documents, options, context, verify) => {
  const p = prepareExport(matrix, documents, options, context, verify);
  return { text: renderMarkdownFrom(p), warnings: p.warnings };
};

export const renderCsv: Exporter = (matrix, documents, options, context, verify) => {
  const p = prepareExport(matrix, documents, options, context, verify);
  return { text: renderCsvFrom(p), warnings: p.warnings };
};

/** One row per citation, so citations are always included whatever the option says. */
export const renderCsvLong: Exporter = (matrix, documents, options, context, verify) => {
  const p = prepareExport(matrix, documents, { ...options, includeCitations: true }, context, verify);
  return { text: renderCsvLongFrom(p), warnings: p.warnings };
};

/** The matrix data itself: cells keep all their citations and notes, silent ones too; options choose rows and columns. */
export const renderJson: Exporter = (matrix, documents, options, context, verify) => {
  const p = prepareExport(
    matrix,
    documents,
    { ...options, includeCitations: true, includeNotes: true, omitEmpty: false },
    context,
    verify,
  );
  return { text: renderJsonFrom(p, matrix), warnings: p.warnings };
};
