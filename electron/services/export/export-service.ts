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
import { RequestError } from '../../../shared/ipc/contract';
import { changesSince, takeSnapshot } from '../../../shared/export/changes';
import type { PdfRenderer } from './pdf-renderer';
import type { SnapshotStore, SnapshotSummary } from './snapshot-store';
import { renderXlsx, XLSX_MIME } from './xlsx';

export type ExportResult = z.output<typeof exportResultSchema>;

export interface ExportServiceOptions {
  getEffectiveMatrix: () => Promise<EffectiveMatrix> | EffectiveMatrix;
  getDocuments: () => Promise<SourceDocument[]> | SourceDocument[];
  pdfRenderer: PdfRenderer;
  /** The corpus as printed on every page; defaults to a document count and date range. */
  corpusLabel?: string;
  /** Named briefing snapshots: saved with an export, compared with in a later one. */
  snapshots?: SnapshotStore;
  /** Injectable clock, for reproducible tests. */
  now?: () => Date;
}

export interface ExportService {
  build(format: ExportFormat, options: ExportOptions): Promise<ExportResult>;
  printHtml(options: ExportOptions): Promise<{ html: string; warnings: string[] }>;
  snapshots(): { snapshots: SnapshotSummary[]; problems: string[] };
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

  function snapshotsOrThrow(): SnapshotStore {
    if (!deps.snapshots) throw new RequestError('Snapshots are not kept here (no data folder)', ['options']);
    return deps.snapshots;
  }

  async function inputs(options: ExportOptions) {
    const [matrix, documents] = await Promise.all([deps.getEffectiveMatrix(), deps.getDocuments()]);
    const printedAt = now().toISOString();
    let changes = null;
    if (options.changesSince) {
      const snapshot = snapshotsOrThrow().get(options.changesSince);
      if (!snapshot)
        throw new RequestError(`No saved snapshot "${options.changesSince}"`, ['options.changesSince']);
      changes = changesSince(snapshot, matrix, options);
    }
    const context = { printedAt, corpus: deps.corpusLabel, changes };
    const prepared = () => prepareExport(matrix, documents, options, context, verify);
    return { matrix, documents, context, printedAt, prepared };
  }

  /** Saved only once the export it belongs to was made: a failed export leaves no snapshot. */
  function saveSnapshot(options: ExportOptions, matrix: EffectiveMatrix, printedAt: string) {
    const name = options.saveSnapshot?.trim();
    if (!name) return;
    const id = `${slug(name)}-${printedAt.replace(/[:.]/g, '-')}`;
    snapshotsOrThrow().save(takeSnapshot(matrix, { id, name, createdAt: printedAt }));
  }

  const fileName = (options: ExportOptions, printedAt: string, ext: string) =>
    `${slug(options.title || 'stance-matrix')}-${printedAt.slice(0, 10)}.${ext}`;

  return {
    async printHtml(options) {
      const { matrix, printedAt, prepared } = await inputs(options);
      const { html, warnings } = renderPrintDocument(prepared());
      saveSnapshot(options, matrix, printedAt);
      return { html, warnings };
    },

    async build(format, options) {
      const { matrix, documents, context, printedAt, prepared } = await inputs(options);
      let result: ExportResult;
      if (format === 'pdf' || format === 'xlsx') {
        const p = prepared();
        const bytes =
          format === 'pdf'
            ? await deps.pdfRenderer.render(renderPrintDocument(p).html, {
                paper: options.paper,
                orientation: options.orientation,
              })
            : await renderXlsx(p);
        result = {
          filename: fileName(options, printedAt, format),
          mime: format === 'pdf' ? 'application/pdf' : XLSX_MIME,
          encoding: 'base64',
          content: Buffer.from(bytes).toString('base64'),
          warnings: p.warnings,
        };
      } else {
        const spec = TEXT_FORMATS[format];
        const { text, warnings } = spec.render(matrix, documents, options, context, verify);
        result = {
          filename: fileName(options, printedAt, spec.ext),
          mime: spec.mime,
          encoding: 'utf8',
          content: text,
          warnings,
        };
      }
      saveSnapshot(options, matrix, printedAt);
      return result;
    },

    snapshots: () => ({
      snapshots: deps.snapshots?.list() ?? [],
      problems: deps.snapshots?.problems() ?? [],
    }),
  };
}
