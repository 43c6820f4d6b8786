/**
 * Issue 4, walked as a new analyst would: read the matrix, open United States × NATO non-expansion,
 * find Sherman's "non-starter" with CNS News and its date, open the source at the quote, search
 * for "1997" and open a hit, then move around the grid with the keyboard only.
 */
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { expect, saveScreen, test } from './support/fixtures';

test('an analyst reads the matrix, its evidence and its sources', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);

  await sp.open(app.url);
  for (const party of ['Russia', 'United States', 'NATO']) await expect(sp.rowHeader(party)).toBeVisible();
  const usNonExpansion = sp.cell('united-states', 'non-expansion');
  await expect(usNonExpansion).toContainText('Rejects');
  await expect(usNonExpansion).toHaveAttribute(
    'aria-label',
    /United States × .*: Rejects, \d+ citations from \d+ independent sources/,
  );
  await saveScreen(page, 'analyst-view-01-matrix');

  await sp.openCell('united-states', 'non-expansion');
  await expect(sp.detail.getByRole('heading', { level: 2 })).toContainText('United States');
  const sherman = sp.citationQuoting('non-starter');
  await expect(sherman).toBeVisible();
  // In the analyst's words: who, the words that decided it; outlet and date head its source group.
  await expect(sherman.locator('.citation__why')).toContainText('Sherman (United States) — “non-starter”');
  const group = sp.detail.getByTestId('source-group').filter({ hasText: 'non-starter' });
  await expect(group.locator('.source-group__head')).toContainText('CNS News');
  await expect(group.locator('.source-group__head')).toContainText('11 Jan 2022');
  await expect(sherman.locator('mark')).toContainText('non-starter');
  await sherman.scrollIntoViewIfNeeded();
  await saveScreen(page, 'analyst-view-02-cell-detail');

  await sp.openSourceAt(sherman);
  await expect(sp.reader).toContainText('CNS News');
  await expect(sp.focusedQuote.first()).toContainText('non-starter');
  await expect(sp.focusedQuote.first()).toBeInViewport();
  await saveScreen(page, 'analyst-view-03-source-at-quote');

  // Clicking a highlighted citation in the source jumps back to its cell.
  await sp.focusedQuote.first().click();
  await expect(sp.detail).toBeVisible();
  await expect(sp.cell('united-states', 'non-expansion')).toHaveAttribute('aria-selected', 'true');

  await sp.search('1997');
  await saveScreen(page, 'analyst-view-04-search-1997');
  await page.getByTestId('search-hits').locator('.hit__snippet').first().click();
  await expect(sp.reader).toBeVisible();
  await expect(sp.focusedQuote.first()).toContainText('1997');
  await saveScreen(page, 'analyst-view-05-search-hit-in-source');

  // Keyboard only from here.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(sp.panel).toBeHidden();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await sp.tabIntoGrid();
  const start = await sp.focusedCell();
  expect(start).toBe('united-states|non-expansion');
  await page.keyboard.press('ArrowDown');
  expect(await sp.focusedCell()).toBe('nato|non-expansion');
  await page.keyboard.press('ArrowRight');
  expect(await sp.focusedCell()).toBe('nato|rollback-1997');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await sp.focusedCell()).toBe('russia|rollback-1997');
  await page.keyboard.press('End');
  expect(await sp.focusedCell()).toBe('russia|missile-deployment');
  await saveScreen(page, 'analyst-view-06-keyboard-focus');
  // Columns resize from the keyboard too: ] widens the focused column, = resets it.
  const header = sp.grid.getByRole('columnheader', { name: /missiles/i });
  const before = (await header.boundingBox())!.width;
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 40);
  await page.keyboard.press('=');
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before));
  expect(await sp.focusedCell()).toBe('russia|missile-deployment');
  await page.keyboard.press('Enter');
  await expect(sp.detail).toBeVisible();
  await expect(sp.detail.getByRole('heading', { level: 2 })).toContainText('Russia');
  await saveScreen(page, 'analyst-view-07-keyboard-enter');
  await page.keyboard.press('Escape');
  await expect(sp.panel).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await saveScreen(page, 'analyst-view-08-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  watch.assertNone();
});
