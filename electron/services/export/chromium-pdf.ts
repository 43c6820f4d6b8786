/**
 * PDF from the print layout through the system Chromium (playwright-core, no bundled browser):
 * used by browser mode and the `brief` CLI so they produce the same document as the app.
 * The browser starts on first use and is closed by dispose().
 */
import { chromium, type Browser } from 'playwright-core';
import type { PdfPageSetup, PdfRenderer } from './pdf-renderer';

export interface ChromiumPdfOptions {
  executablePath?: string;
}

export function defaultChromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  let browser: Promise<Browser> | null = null;

  const launch = () =>
    chromium.launch({
      executablePath: options.executablePath ?? defaultChromiumPath(),
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--headless'],
    });

  return {
    async render(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      browser ??= launch().catch((error: unknown) => {
        browser = null;
        throw new Error(
          `Could not start Chromium for PDF export: ${error instanceof Error ? error.message : error}`,
        );
      });
      // A fresh context per document: nothing leaks between exports; JavaScript is not needed.
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: setup.paper === 'a4' ? 'A4' : 'Letter',
          landscape: setup.orientation === 'landscape',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    dispose: async (): Promise<void> => {
      const pending = browser;
      browser = null;
      if (pending) await (await pending.catch(() => null))?.close();
    },
  };
}
