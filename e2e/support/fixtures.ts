/**
 * The `web` project's fixtures: a fresh browser-mode server per test, and a page that fails the
 * test on any uncaught page error or console error.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { collectPageErrors } from '../pages/errors';
import { StandpointPage } from '../pages/StandpointPage';
import { startBrowserMode, type BrowserMode } from './browser-mode';

export const SCREENS_DIR = path.resolve('test-results/screens');

export async function saveScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: false });
}

export const test = base.extend<{ app: BrowserMode; pageErrors: string[]; sp: StandpointPage }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startBrowserMode();
    await use(app);
    await app.stop();
  },
  /** The app opened on its matrix, as an analyst finds it. */
  sp: async ({ app, page }, use) => {
    const sp = new StandpointPage(page);
    await sp.open(app.url);
    await use(sp);
  },
  pageErrors: async ({ page }, use) => {
    const { errors, assertNone } = collectPageErrors(page);
    await use(errors);
    assertNone();
  },
});

export { expect };
