/**
 * The export service behind `export:build` and `print:html`, in plain Node so Electron, browser mode
 * and the `brief` CLI share it. Quotes are verified with a real SHA-256 of each document's text.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { exportResultSchema } from '../../../shared/ipc/schemas';
import type { SourceDocument } from '../../../shared/model/corpus';
import type { EffectiveMatrix } from '../../../shared/model/effective';
import {
  prepareExport,
  renderCsv,
  renderCsvLong,
  renderJson,
  renderMarkdownBriefing,
  renderPrintDocument,
  slug,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/export';
import type { PdfRenderer } from './pdf-renderer';

export type ExportResult = z.output<typeof exportResultSchema>;

export interface ExportServiceOptions {
  getEffectiveMatrix: () => Promise<EffectiveMatrix> | EffectiveMatrix;
  getDocuments: () => Promise<SourceDocument[]> | SourceDocument[];
  pdfRenderer: PdfRenderer;
  /** The corpus as printed on every page; defaults to a document count and date range. */
  corpusLabel?: string;
  /** Injectable clock, for reproducible tests. */
  now?: () => Date;
}

export interface ExportService {
  build(format: ExportFormat, options: ExportOptions): Promise<ExportResult>;
  printHtml(options: ExportOptions): Promise<{ html: string; warnings: string[] }>;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const TEXT_FORMATS = {
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8', render: renderMarkdownBriefing },
  csv: { ext: 'csv', mime: 'text/csv; charset=utf-8', render: renderCsv },
  'csv-long': { ext: 'citations.csv', mime: 'text/csv; charset=utf-8', render: renderCsvLong },
  json: { ext: 'json', mime: 'application/json', render: renderJson },
} as const;

export function createExportService(deps: ExportServiceOptions): ExportService {
  const now = deps.now ?? (() => new Date());
  const verify = { hashText: sha256Hex };

  async function inputs() {
    const [matrix, documents] = await Promise.all([deps.getEffectiveMatrix(), deps.getDocuments()]);
    const printedAt = now().toISOString();
    return { matrix, documents, context: { printedAt, corpus: deps.corpusLabel }, printedAt };
  }

  const fileName = (options: ExportOptions, printedAt: string, ext: string) =>
    `${slug(options.title || 'stance-matrix')}-${printedAt.slice(0, 10)}.${ext}`;

  return {
    async printHtml(options) {
      const { matrix, documents, context } = await inputs();
      const { html, warnings } = renderPrintDocument(
        prepareExport(matrix, documents, options, context, verify),
      );
      return { html, warnings };
    },

    async build(format, options) {
      const { matrix, documents, context, printedAt } = await inputs();
      if (format === 'pdf') {
        const { html, warnings } = renderPrintDocument(
          prepareExport(matrix, documents, options, context, verify),
        );
        const bytes = await deps.pdfRenderer.render(html, {
          paper: options.paper,
          orientation: options.orientation,
        });
        return {
          filename: fileName(options, printedAt, 'pdf'),
          mime: 'application/pdf',
          encoding: 'base64',
          content: Buffer.from(bytes).toString('base64'),
          warnings,
        };
      }
      const spec = TEXT_FORMATS[format];
      const { text, warnings } = spec.render(matrix, documents, options, context, verify);
      return {
        filename: fileName(options, printedAt, spec.ext),
        mime: spec.mime,
        encoding: 'utf8',
        content: text,
        warnings,
      };
    },
  };
}
