/**
 * PDF in the app: the same print layout, printed by Electron's own Chromium. An offscreen,
 * sandboxed window with JavaScript off loads the standalone HTML (its own CSP: default-src 'none')
 * and prints it. The HTML goes through a temp file because a data: URL stops at Chromium's 2 MB URL
 * limit on a large matrix; the window lives in its own in-memory session, since the default one
 * cancels every file:// request (security.ts), and that session lets through only this one file.
 */
import { session, type BrowserWindow as BrowserWindowType } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfRenderer } from '../services/export/pdf-renderer';

const PARTITION = 'standpoint-print';
const allowed = new Set<string>();
let guarded = false;

function guardPrintSession(): void {
  if (guarded) return;
  guarded = true;
  const ses = session.fromPartition(PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
}

export function createElectronPdfRenderer(BrowserWindowCtor: typeof BrowserWindowType): PdfRenderer {
  return {
    async render(html, setup) {
      guardPrintSession();
      const dir = await mkdtemp(path.join(tmpdir(), 'standpoint-print-'));
      const file = path.join(dir, 'print.html');
      const url = pathToFileURL(file).toString();
      await writeFile(file, html, 'utf8');
      allowed.add(url);
      const win = new BrowserWindowCtor({
        show: false,
        webPreferences: {
          partition: PARTITION,
          offscreen: true,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      });
      try {
        await win.loadURL(url);
        const pdf = await win.webContents.printToPDF({
          pageSize: setup.paper === 'a4' ? 'A4' : 'Letter',
          landscape: setup.orientation === 'landscape',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        allowed.delete(url);
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
