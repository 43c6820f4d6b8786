/**
 * PDF in the app: the same print layout, printed by Electron's own Chromium. An offscreen,
 * sandboxed window with JavaScript off loads the standalone HTML (its own CSP inside) from a temp
 * file — a data: URL would hit Chromium's 2 MB URL limit on a large matrix — and prints it.
 */
import type { BrowserWindow as BrowserWindowType } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PdfRenderer } from '../services/export/pdf-renderer';

export function createElectronPdfRenderer(BrowserWindowCtor: typeof BrowserWindowType): PdfRenderer {
  return {
    async render(html, setup) {
      const dir = await mkdtemp(path.join(tmpdir(), 'standpoint-print-'));
      const file = path.join(dir, 'print.html');
      await writeFile(file, html, 'utf8');
      const win = new BrowserWindowCtor({
        show: false,
        webPreferences: {
          offscreen: true,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      });
      try {
        await win.loadFile(file);
        const pdf = await win.webContents.printToPDF({
          pageSize: setup.paper === 'a4' ? 'A4' : 'Letter',
          landscape: setup.orientation === 'landscape',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
