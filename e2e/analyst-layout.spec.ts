/**
 * Issue 11, the grid beside its evidence: the open cell stays marked above its stance colour and
 * in view with the reader open, at 1440×900 and at 1024×768; the panel edge drags and moves from
 * the keyboard; the transposed view shows whole demand titles; a skip link reaches the matrix.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreen, test } from './support/fixtures';

/** The cell lies wholly inside the grid's visible area, clear of the sticky headers. */
async function expectWhollyVisible(page: Page, cell: Locator) {
  const box = (await cell.boundingBox())!;
  const grid = (await page.getByTestId('matrix-grid').boundingBox())!;
  const corner = (await page.locator('.grid-corner').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(corner.x + corner.width - 1);
  expect(box.y).toBeGreaterThanOrEqual(corner.y + corner.height - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height + 1);
}

/** The frame of the open cell is drawn over the stance colour: its pixels are the text colour. */
async function frameColour(cell: Locator): Promise<string> {
  return cell.evaluate((el) => getComputedStyle(el, '::after').borderTopColor);
}

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
] as const) {
  test(`the open cell stays marked and in view with the reader open at ${width}×${height}`, async ({
    sp,
    page,
    pageErrors,
  }) => {
    await page.setViewportSize({ width, height });
    // Every demand column and the search box keep their room.
    expect((await sp.searchBox.boundingBox())!.width).toBeGreaterThanOrEqual(190);
    const cell = sp.cell('nato', 'missile-deployment');
    await sp.openCell('nato', 'missile-deployment');
    await expect(cell).toHaveClass(/is-selected/);
    expect(await frameColour(cell)).not.toBe('rgba(0, 0, 0, 0)');
    await sp.openSourceAt(sp.detail.getByTestId('citation').first());
    await expect(cell).toHaveClass(/is-selected/);
    for (const demand of ['non-expansion', 'rollback-1997', 'missile-deployment'])
      await expectWhollyVisible(page, sp.cell('nato', demand));
    await expect(page.locator('.grid-colheader.is-selected')).toContainText('missiles');
    await expect(page.locator('.grid-rowheader.is-selected')).toHaveText('NATO');
    await saveScreen(page, `layout-open-cell-reader-${width}x${height}`);

    // The panel edge: wider from the keyboard, the open cell still wholly in view.
    const splitter = page.getByRole('separator', { name: /Resize the panel/ });
    const before = (await sp.panel.boundingBox())!.width;
    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await sp.panel.boundingBox())!.width).toBeGreaterThan(before + 50);
    await expectWhollyVisible(page, cell);
    // …and by dragging it back.
    const edge = (await splitter.boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
    await page.mouse.down();
    await page.mouse.move(edge.x + 150, edge.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await sp.panel.boundingBox())!.width).toBeLessThan(before);
    await expectWhollyVisible(page, cell);
    expect(pageErrors).toEqual([]);
  });
}

test('transposed, demand titles are shown whole', async ({ sp, page, pageErrors }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: /Parties as rows/ }).click();
  for (const title of ['No further NATO expansion', 'Rollback to 1997 positions']) {
    const name = sp.rowHeader(title).locator('.grid-rowheader__name');
    await expect(name).toHaveText(title);
    // Not clipped: the text fits in its box.
    expect(await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  }
  const missiles = sp.grid.getByRole('rowheader', { name: /missiles/ }).locator('.grid-rowheader__name');
  expect(await missiles.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await saveScreen(page, 'layout-transposed-1024x768');
  expect(pageErrors).toEqual([]);
});

test('a skip link reaches the matrix, and the filters take few Tab stops', async ({
  sp,
  page,
  pageErrors,
}) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the matrix' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await sp.focusedCell()).toBe('russia|non-expansion');

  // Without the skip link: every toolbar and filter control once, each date field one stop.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let stops = 0;
  const seen: string[] = [];
  while (!(await sp.focusedCell()) && stops < 40) {
    await page.keyboard.press('Tab');
    stops++;
    seen.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(seen.filter((l) => l === 'Evidence published from')).toHaveLength(1);
  expect(seen.filter((l) => l === 'Evidence published until')).toHaveLength(1);
  // 21 for the toolbar and filters, and the workspace bar's two (the Workspace menu, Review).
  expect(stops).toBeLessThanOrEqual(23);
  expect(pageErrors).toEqual([]);
});

test('the Parties filter shows its state and the legend says it filters', async ({
  sp,
  page,
  pageErrors,
}) => {
  const parties = page.locator('details.multipick').filter({ hasText: 'Parties:' });
  const total = await sp.grid.getByRole('rowheader').count();
  await expect(parties.locator('summary')).toHaveText(`Parties: all ${total} ▾`);
  await parties.locator('summary').click();
  const boxes = parties.getByRole('checkbox');
  await expect(boxes).toHaveCount(total);
  for (const box of await boxes.all()) await expect(box).toBeChecked();
  await parties.getByLabel('Germany').uncheck();
  await expect(parties.locator('summary')).toHaveText(`Parties: ${total - 1} of ${total} ▾`);
  await expect(sp.rowHeader('Germany')).toBeHidden();
  await parties.getByRole('button', { name: 'Show all' }).click();
  await expect(sp.rowHeader('Germany')).toBeVisible();
  await parties.locator('summary').click();

  const legend = page.getByRole('group', { name: 'Show only:' });
  await legend.getByRole('button', { name: /Rejects/ }).click();
  await expect(page.getByRole('group', { name: 'Showing only:' })).toBeVisible();
  await expect(sp.rowHeader('Russia')).toBeHidden();
  await expect(sp.rowHeader('NATO')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
