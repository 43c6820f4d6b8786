/** What turns the print layout into PDF bytes: Chromium via playwright-core here, Electron in the app. */
import type { ExportOptions } from '../../../shared/export/types';

export interface PdfPageSetup {
  paper: ExportOptions['paper'];
  orientation: ExportOptions['orientation'];
}

export interface PdfRenderer {
  render(html: string, setup: PdfPageSetup): Promise<Uint8Array>;
  /** Frees the browser or window behind the renderer; safe to call twice. */
  dispose?(): Promise<void>;
}
