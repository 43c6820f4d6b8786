/**
 * `npm start` where no Electron binary can be found or downloaded: one clear message, the reason in one
 * line, no stack trace. ELECTRON_OVERRIDE_DIST_PATH (Electron's own setting for a local binary) points at
 * an empty folder, so no installed binary is found, and the download is pointed at a closed local port
 * (ELECTRON_MIRROR) with an empty cache: the test never downloads anything and runs the same wherever it
 * runs, with or without an Electron binary installed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron, whyNoElectron } from '../../scripts/electron-binary.mjs';

describe('npm start where no Electron binary can be found', () => {
  it('says what to do in a few lines, with no stack trace', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-electron-cache-'));
    const noElectron = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-no-electron-'));
    const run = spawnSync(process.execPath, ['scripts/start-electron.mjs'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: cache,
        ELECTRON_OVERRIDE_DIST_PATH: noElectron,
      },
    });
    fs.rmSync(cache, { recursive: true, force: true });
    fs.rmSync(noElectron, { recursive: true, force: true });
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
