/**
 * Render benchmark: a generated 200 × 40 matrix with 100,000 citations (`?bench=1` builds it in
 * the renderer), first paint and filter changes measured in the page and printed.
 */
import '../renderer/src/bench/bench-timings';
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { expect, saveScreen, test } from './support/fixtures';

/** Clicks a control and waits for the frame after React has committed: the analyst-visible delay. */
async function timeClick(
  page: import('@playwright/test').Page,
  selector: string,
  text: string,
): Promise<number> {
  return page.evaluate(
    async ([sel, label]) => {
      const target = [...document.querySelectorAll<HTMLElement>(sel!)].find((el) =>
        el.textContent?.includes(label!),
      );
      if (!target) throw new Error(`no ${sel} with "${label}"`);
      const t0 = performance.now();
      target.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - t0;
    },
    [selector, text],
  );
}

test('200 × 40 with 100,000 citations paints and filters without lag', async ({ app, page }) => {
  test.setTimeout(120_000);
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);
  const navigated = Date.now();
  await page.goto(`${app.url}?bench=1`);
  await expect(sp.grid).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => window.__standpointBench !== undefined, null, { timeout: 60_000 });
  const sinceNavigation = Date.now() - navigated;
  const bench = (await page.evaluate(() => window.__standpointBench))!;
  expect(bench.citations).toBe(100_000);
  await expect(page.getByText('200 parties × 40 demands')).toBeVisible();
  // Virtualised: far fewer cells in the DOM than the 8,000 in the matrix.
  const cellsInDom = await sp.grid.getByRole('gridcell').count();
  expect(cellsInDom).toBeLessThan(2_000);
  await saveScreen(page, 'analyst-bench-01-first-paint');

  const stanceOn = await timeClick(page, '.legend__item', 'Rejects');
  await expect(page.getByText(/of 200 parties|200 parties/).first()).toBeVisible();
  await saveScreen(page, 'analyst-bench-02-filtered');
  const stanceOff = await timeClick(page, '.legend__item', 'Rejects');
  const transpose = await timeClick(page, '.toolbar button', '⇄');
  await expect(page.getByText('40 demands × 200 parties')).toBeVisible();
  await saveScreen(page, 'analyst-bench-03-transposed');

  // Keyboard movement deep into the virtualised grid stays responsive.
  // (Clicking would open the detail, which asks main for generated documents it does not have.)
  await sp.tabIntoGrid();
  expect(await sp.focusedCell()).toBe('party-1|demand-1');
  // Timed in the page (key event to the frame after it), so Playwright's round trips do not count.
  const arrowMs = await page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  });
  expect(await sp.focusedCell()).toBe('party-21|demand-1');

  const figures = {
    generateMatrixMs: Math.round(bench.generateMs),
    firstPaintAfterDataMs: Math.round(bench.firstPaintMs),
    ofWhichAnalystOverlayMs: Math.round(bench.overlayMs),
    ofWhichReactCommitMs: Math.round(bench.commitMs),
    navigationToPaintedMs: sinceNavigation,
    stanceFilterOnMs: Math.round(stanceOn),
    stanceFilterOffMs: Math.round(stanceOff),
    transposeMs: Math.round(transpose),
    arrowKeyMedianMs: Math.round(arrowMs[10]!),
    arrowKeyWorstMs: Math.round(arrowMs[19]!),
    cellsInDom,
  };
  console.log(`render benchmark (200 × 40, 100,000 citations): ${JSON.stringify(figures)}`);
  watch.assertNone();
});
