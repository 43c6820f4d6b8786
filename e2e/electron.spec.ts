/**
 * The real Electron app, launched with _electron.launch. Runs wherever an Electron binary exists
 * (or ELECTRON_OVERRIDE_DIST_PATH points at one); elsewhere it is skipped with the electron package's own
 * account of why and the command that checks it, which the skip reporter prints after the run.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Not require('electron'): from Electron 40 on it starts a download when the binary is missing.
import { findElectron } from '../scripts/electron-binary.mjs';

const binary = findElectron();
test.describe('Electron app (needs an Electron binary: node scripts/electron-binary.mjs prints its path)', () => {
  // prettier-ignore
  test.skip(!binary, 'needs an Electron binary, and its download is blocked on this machine, so there is none (check: node scripts/electron-binary.mjs prints its path, or why there is none); the web project drives the same renderer and services (README: Tests that skip, and why)');

  test('opens a hardened window that shows the matrix', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'standpoint-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      // The project folder: its package.json names dist-electron/main.js (built by `npm run build`).
      args: ['.', `--user-data-dir=${userData}`],
      cwd: process.cwd(),
      env: { ...process.env, STANDPOINT_USER_DATA: userData },
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('grid', { name: /stance matrix/i })).toBeVisible();
    // Sandboxed, context-isolated, no Node: the page sees only the preload's bridge.
    const exposed = await page.evaluate(() => ({
      bridge: typeof (globalThis as { standpoint?: unknown }).standpoint,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
    // Navigation away from the app and new windows are refused.
    await page.evaluate(() => globalThis.open('https://example.org/'));
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
