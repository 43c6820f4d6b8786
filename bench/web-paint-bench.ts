/**
 * Browser mode from start to a painted matrix: spawn the server, open the page in system
 * Chromium, wait for the grid's first cell. Run twice on one data folder: the first start
 * derives the matrix (cold cache), the second reads it from the cache.
 */
import { chromium } from 'playwright-core';
import { newDataDir, startBrowserMode } from '../e2e/support/browser-mode';

export async function runWebPaintBench(): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
  });
  const dataDir = newDataDir();
  const results: Record<string, number> = {};
  try {
    for (const label of ['cold cache', 'warm cache']) {
      const started = Date.now();
      const app = await startBrowserMode({ dataDir });
      const page = await browser.newPage();
      await page.goto(app.url);
      await page
        .getByRole('grid', { name: /stance matrix/i })
        .getByRole('gridcell')
        .first()
        .waitFor();
      results[`browser mode, ${label}: server ready (ms)`] = app.startMillis;
      results[`browser mode, ${label}: start to painted matrix (ms)`] = Date.now() - started;
      await page.close();
      await app.stop();
    }
    return results;
  } finally {
    await browser.close();
  }
}
