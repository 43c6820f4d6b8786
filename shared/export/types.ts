/** Types the exporters take, tied to the IPC schema so the UI, main and the CLI speak one shape. */
import type { z } from 'zod';
import type { exportOptionsSchema, EXPORT_FORMATS } from '../ipc/schemas';
import type { ChangeReport } from './changes';

export type ExportOptions = z.output<typeof exportOptionsSchema>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  /** ISO timestamp of the print or export; passed in so output is reproducible in tests. */
  printedAt: string;
  /** How to name the corpus on every page (e.g. its folder); defaults to a count and date range. */
  corpus?: string;
  /** "What changed since <snapshot>", computed by the caller who holds the snapshots. */
  changes?: ChangeReport | null;
}

/** The options an analyst gets before changing anything: everything, landscape A4, no classification. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  includeCitations: true,
  includeNotes: true,
  paper: 'a4',
  orientation: 'landscape',
  classification: '',
  title: '',
  omitEmpty: true,
};
