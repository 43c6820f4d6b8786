import { request as playwrightRequest } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode } from './support/browser-mode';
import { FIRST_PAINT_MS } from './pages/StandpointPage';
import { expect, saveScreen, test } from './support/fixtures';

test('browser mode serves the app and paints the derived matrix', async ({ app, page, pageErrors }) => {
  const opened = Date.now();
  await page.goto(app.url);
  const grid = page.getByRole('grid', { name: /stance matrix/i });
  await expect(grid).toBeVisible({ timeout: FIRST_PAINT_MS });
  for (const party of ['Russia', 'United States', 'NATO', 'European Union']) {
    await expect(grid.getByRole('rowheader', { name: new RegExp(party) }).first()).toBeVisible();
  }
  for (const demand of [/NATO expansion/i, /1997/i, /missile|strike/i]) {
    await expect(grid.getByRole('columnheader', { name: demand }).first()).toBeVisible();
  }
  const painted = Date.now() - opened;
  console.log(
    `browser mode: server up in ${app.startMillis} ms; matrix painted ${painted} ms after navigation`,
  );
  await saveScreen(page, '00-foundation-matrix');

  // About says which transport serves the app and where the analyst's work is kept.
  await page.keyboard.press('?');
  await page.getByRole('button', { name: 'About Standpoint…' }).click();
  const about = page.getByTestId('about-info');
  await expect(about).toContainText('browser mode');
  await expect(about).toContainText(app.dataDir);
  expect(pageErrors).toEqual([]);
});

test('the loopback bridge validates every argument and names the bad field', async ({ app }) => {
  const api = await playwrightRequest.newContext({ baseURL: app.url });
  const bad = await api.post('api/document:get', { data: { id: 42 } });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.ok).toBe(false);
  expect(body.error.fields).toContain('id');
  expect(body.error.message).toMatch(/document:get.*id/);

  const unknownRequest = await api.post('api/fs:read', { data: {} });
  expect((await unknownRequest.json()).error.message).toMatch(/Unknown request "fs:read"/);

  const unknownDoc = await api.post('api/document:get', { data: { id: 'no-such-document' } });
  expect((await unknownDoc.json()).error.message).toMatch(/no-such-document/);

  const crossSite = await api.post('api/matrix:get', {
    data: {},
    headers: { origin: 'http://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  await api.dispose();
});

test('a folder of plain articles is derived with the shipped ontology, and bad files are listed', async ({
  page,
  pageErrors,
}) => {
  const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-folder-'));
  writeFileSync(
    path.join(corpusDir, 'talks.txt'),
    'Talks stall in Geneva\n\nGENEVA, Jan. 10, 2022 — Sherman said the demand for a halt to NATO expansion was a non-starter.\n',
  );
  writeFileSync(path.join(corpusDir, 'scan.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
  const app = await startBrowserMode({ corpusDir });
  try {
    await page.goto(app.url);
    const grid = page.getByRole('grid', { name: /stance matrix/i });
    await expect(grid.locator('[data-cell="united-states|non-expansion"]')).toContainText('Rejects');
    await page.getByText(/1 error/).click();
    await expect(page.getByText(/scan\.txt/)).toBeVisible();
    await expect(page.getByText(/is a binary file/)).toBeVisible();
    await saveScreen(page, '01-foundation-foreign-folder');
    expect(pageErrors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('a second browser mode on the same data folder is refused with a clear message', async ({ app }) => {
  await expect(startBrowserMode({ dataDir: app.dataDir })).rejects.toThrow(
    /data folder .* is in use by another Standpoint \(process \d+, started .*\)\..*delete .*standpoint\.lock/s,
  );
});
