/**
 * `npm start` where Electron's binary cannot be downloaded: one clear message, the reason in one
 * line, no stack trace. The download is pointed at a closed local port (ELECTRON_MIRROR) with an
 * empty cache, so this test never downloads anything, wherever it runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findElectron, whyNoElectron } from '../../scripts/electron-binary.mjs';

const installed = findElectron();

describe('npm start without an Electron binary', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(installed !== null, 'an Electron binary is installed here; this test is about npm start without one (check: ls node_modules/electron/dist)'));
  it('says what to do in a few lines, with no stack trace', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-electron-cache-'));
    const run = spawnSync(process.execPath, ['scripts/start-electron.mjs'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: cache,
        ELECTRON_OVERRIDE_DIST_PATH: '',
      },
    });
    fs.rmSync(cache, { recursive: true, force: true });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).toContain(
      'Standpoint could not start Electron: its binary is not installed and could not be downloaded (',
    );
    expect(output).toContain('Browser mode needs no Electron: `npm run web`.');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output.trim().split('\n').length).toBeLessThanOrEqual(6);
  });
});

describe('why no Electron binary was found', () => {
  it('names the file it looked for and a command that shows it is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-electron-pkg-'));
    expect(findElectron(dir, {})).toBeNull();
    expect(whyNoElectron(dir, {})).toContain(path.join(dir, 'path.txt'));
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectron(dir, {})).toBeNull();
    expect(whyNoElectron(dir, {})).toBe(
      `${path.join(dir, 'dist', 'electron')} does not exist (check: ls "${path.join(dir, 'dist')}")`,
    );
    expect(whyNoElectron(dir, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' })).toContain('ls "/nowhere"');
  });
});
