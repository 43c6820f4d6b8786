/**
 * A store file broken by hand is moved aside and the analyst is told where, in a dialog, on the
 * next start; the app keeps working.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { startBrowserMode } from './support/browser-mode';
import { expect, saveScreen, test } from './support/fixtures';

test('a corrupt store file is reported in a dialog with where its backup is', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);
  await sp.open(app.url);
  await sp.setAuthor('Ann Analyst');
  await sp.openCell('nato', 'non-expansion');
  await sp.addNote('Written before the file was damaged.');
  await app.stop();

  const storeFiles = readdirSync(app.dataDir).filter((f) => f.endsWith('.json'));
  expect(storeFiles.length, `store files in ${app.dataDir}`).toBeGreaterThan(0);
  for (const f of storeFiles) writeFileSync(path.join(app.dataDir, f), '{ "notes": [ this is not JSON');

  const second = await startBrowserMode({ dataDir: app.dataDir });
  try {
    await page.goto(second.url);
    const dialog = page.getByRole('dialog', { name: 'About your saved work' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('store-notices')).toContainText(app.dataDir);
    await saveScreen(page, 'analyst-notices-01-corrupt-store');
    await dialog.getByRole('button', { name: 'I have read this' }).click();
    await expect(dialog).toBeHidden();
    await expect(sp.grid).toBeVisible();
    // Once read, the notice is not shown again on reload.
    await page.reload();
    await expect(sp.grid).toBeVisible();
    await expect(dialog).toBeHidden();
  } finally {
    await second.stop();
  }
  watch.assertNone();
});
