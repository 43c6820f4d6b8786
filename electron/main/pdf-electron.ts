/**
 * PDF in the app: the same print layout, printed by Electron's own Chromium. An offscreen,
 * sandboxed window with no preload loads the standalone HTML (no scripts, CSP inside) and prints it.
 */
import type { BrowserWindow as BrowserWindowType } from 'electron';
import type { PdfRenderer } from '../services/export/pdf-renderer';

export function createElectronPdfRenderer(BrowserWindowCtor: typeof BrowserWindowType): PdfRenderer {
  return {
    async render(html, setup) {
      const win = new BrowserWindowCtor({
        show: false,
        webPreferences: { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        const pdf = await win.webContents.printToPDF({
          pageSize: setup.paper === 'a4' ? 'A4' : 'Letter',
          landscape: setup.orientation === 'landscape',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
