/**
 * The view at scale: browser mode with `?bench=1`, which makes the renderer build a generated
 * 200 × 40 matrix with 100,000 citations; first paint and a stance-filter change, in Chromium.
 */
import { chromium } from 'playwright-core';
import { startBrowserMode } from '../e2e/support/browser-mode';
import '../renderer/src/bench/bench-timings';

export async function runRenderBench(): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking'],
  });
  const app = await startBrowserMode();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.url}?bench=1`);
    await page.waitForFunction(() => window.__standpointBench !== undefined, null, { timeout: 120_000 });
    const bench = (await page.evaluate(() => window.__standpointBench))!;
    const filterMs = await page.evaluate(async () => {
      const item = [...document.querySelectorAll<HTMLElement>('.legend__item')].find((el) =>
        el.textContent?.includes('Rejects'),
      );
      if (!item) throw new Error('no stance filter in the legend');
      const t0 = performance.now();
      item.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - t0;
    });
    return {
      'render 200 × 40, 100,000 citations: first paint after data (ms)': bench.firstPaintMs,
      '  …of which laying the analyst layer over it (ms)': bench.overlayMs,
      'render 200 × 40, 100,000 citations: stance filter change (ms)': filterMs,
    };
  } finally {
    await app.stop();
    await browser.close();
  }
}
