/**
 * Print and export from the analyst's view: Print fills the hidden print container with the
 * print layout (no inline styles under the CSP) and calls print, following the matrix on screen
 * unless told otherwise; the Print dialog carries the key judgements; Export downloads the file.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { expect, saveScreen, test } from './support/fixtures';

/** The browser's print dialog would block the run: count calls instead. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test('print fills the print container and export downloads a file', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const printed = await countPrints(page);
  const sp = new StandpointPage(page);
  await sp.open(app.url);

  await page.getByRole('button', { name: 'Print…' }).click();
  const printDialog = page.getByRole('dialog', { name: 'Print the matrix' });
  await printDialog.getByLabel('Classification line').fill('RESTRICTED');
  await printDialog.getByLabel('Include citations').uncheck();
  // Told otherwise: choose the parties by hand, silent ones kept.
  await printDialog.getByLabel('Follow the matrix on screen (its order and filters)').uncheck();
  await printDialog.getByLabel('Leave out parties and demands with no position').uncheck();
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
  await expect.poll(printed).toBe(1);
  const printRoot = page.locator('#print-root');
  await expect(printRoot.locator('.sp-print')).toHaveCount(1);
  expect(await printRoot.locator('[style]').count()).toBe(0);
  // The classification is in the page margins, from the adopted sheet.
  const sheets = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
  expect(sheets).toContain('RESTRICTED');
  expect(sheets).toContain('counter(pages)');
  // Without citations the quoted sources are left out.
  await expect(printRoot).not.toContainText('Sources quoted');
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
  await dialog.getByLabel('Save this briefing as a snapshot named (optional)').fill('Monday brief');
  await saveScreen(page, 'analyst-export-01-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toMatch(/United States/);

  await expect(page.getByRole('alert')).toContainText('Saved the snapshot “Monday brief”.');

  // The workbook, from the same dialog, with what changed since Monday (nothing yet).
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel('Format').selectOption('xlsx');
  const since = dialog.getByLabel('Include what changed since');
  const monday = since.locator('option', { hasText: /^Monday brief \(/ });
  await since.selectOption((await monday.getAttribute('value'))!);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(readFileSync((await xlsx.path())!)).buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Citations', 'Changes']);
  expect(book.getWorksheet('Matrix')!.getCell('A2').value).toBe('Russia');
  expect(book.getWorksheet('Changes')!.getCell('A2').value).toBe('Nothing has changed.');
  watch.assertNone();
});

test('the print follows the screen and opens with the key judgements, edited in the Print dialog', async ({
  app,
  page,
}) => {
  const watch = collectPageErrors(page);
  const printed = await countPrints(page);
  const sp = new StandpointPage(page);
  await sp.open(app.url);
  await sp.setAuthor('Ann Analyst');

  // A cell note marked as a key judgement.
  await sp.openCell('united-states', 'non-expansion');
  await sp.addNote('Washington will not trade the open door for talks.');
  const note = sp.detail.getByTestId('notes').locator('li').first();
  await note.getByRole('button', { name: '☆ Key' }).click();
  await expect(note.getByRole('button', { name: '★ Key judgement' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  // The screen sorted by the stance on the missiles demand: the print follows it.
  await sp.grid
    .getByRole('columnheader', { name: /missiles/i })
    .getByRole('button')
    .click();
  const parties = await sp.grid.getByRole('rowheader').count();
  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the matrix' });
  // It announces what will print: the three parties with a position, the others left out.
  await expect(dialog.getByTestId('follows-screen')).toHaveText(
    `3 parties × 3 demands, in the order on screen; ${parties - 3} parties with no position left out.`,
  );
  const leaveOut = dialog.getByLabel('Leave out parties and demands with no position');
  await leaveOut.uncheck();
  await expect(dialog.getByTestId('follows-screen')).toHaveText(
    `${parties} parties × 3 demands, in the order on screen.`,
  );
  await leaveOut.check();
  const judgements = dialog.getByLabel(/^Key judgements/);
  await expect(judgements).toHaveValue(
    'United States — No further NATO expansion: Washington will not trade the open door for talks.',
  );
  await judgements.fill(
    'United States — No further NATO expansion: Washington will not trade the open door for talks.\n' +
      'Russia’s three demands stand together; none is traded alone.',
  );
  await saveScreen(page, 'print-dialog-key-judgements');
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(printed).toBe(1);
  const box = page.locator('#print-root .sp-key-judgements');
  await expect(box.locator('li')).toHaveText([
    'United States — No further NATO expansion: Washington will not trade the open door for talks.',
    'Russia’s three demands stand together; none is traded alone.',
  ]);
  // Rows in the order on screen (by stance on the missiles demand: Supports, Open, Open, Rejects…).
  const rows = await page.locator('#print-root .sp-matrix tbody th').allTextContents();
  expect(rows).toEqual(['Russia', 'NATO', 'United States']);
  await expect(page.locator('#print-root')).toContainText('No recorded position, so left out:');
  watch.assertNone();
});
