/**
 * Print and export from the analyst's view: Print fills the hidden print container with the
 * print layout (no inline styles under the CSP) and calls print; Export downloads the file.
 */
import { readFileSync } from 'node:fs';
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { expect, saveScreen, test } from './support/fixtures';

test('print fills the print container and export downloads a file', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  // The browser's print dialog would block the run: count calls instead.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const sp = new StandpointPage(page);
  await sp.open(app.url);

  await page.getByRole('button', { name: 'Print…' }).click();
  const printDialog = page.getByRole('dialog', { name: 'Print the matrix' });
  await printDialog.getByLabel('Classification line').fill('RESTRICTED');
  await printDialog.getByLabel('Include citations').uncheck();
  await printDialog
    .getByRole('group', { name: /Parties/ })
    .getByLabel('Germany')
    .uncheck();
  const parties = (
    JSON.parse(readFileSync(new URL('../corpus/ontology.json', import.meta.url), 'utf8')) as {
      parties: unknown[];
    }
  ).parties.length;
  await expect(printDialog.getByRole('group', { name: /Parties/ })).toContainText(
    `${parties - 1} of ${parties}`,
  );
  await saveScreen(page, 'analyst-print-00-options');
  await printDialog.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const printRoot = page.locator('#print-root');
  await expect(printRoot.locator('.sp-print')).toHaveCount(1);
  expect(await printRoot.locator('[style]').count()).toBe(0);
  await expect(printRoot).toContainText('RESTRICTED');
  // Without citations the footnotes are left out.
  await expect(printRoot).not.toContainText('Footnotes');
  await expect(printRoot).toContainText('Baltic states');
  await expect(printRoot).not.toContainText('Germany');
  await page.emulateMedia({ media: 'print' });
  await expect(printRoot).toBeVisible();
  await expect(sp.grid).toBeHidden();
  await saveScreen(page, 'analyst-print-01-print-media');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the matrix' });
  await dialog.getByLabel('Format').selectOption('csv');
  await saveScreen(page, 'analyst-export-01-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toMatch(/United States/);
  watch.assertNone();
});
