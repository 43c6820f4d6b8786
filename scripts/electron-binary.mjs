// Finds the Electron binary without starting a download. From Electron 40 on, `require('electron')`
// downloads the binary itself when it is missing, printing the installer's stack trace on failure;
// `npm start` and the Playwright electron project look for it here instead, and download it only
// through downloadElectron, which reports a failure in one line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The folder of the installed `electron` package. */
export const electronPackageDir = () => path.dirname(require.resolve('electron/package.json'));

/** The Electron executable if it is installed (or ELECTRON_OVERRIDE_DIST_PATH names one), else null. */
export function findElectron(packageDir = electronPackageDir(), env = process.env) {
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // The same rule as the electron package's own index.js.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const override = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return existsSync(override) ? override : null;
  }
  if (!executable) return null;
  const full = path.join(packageDir, 'dist', executable);
  return existsSync(full) ? full : null;
}

/**
 * Why findElectron found nothing, in words a reader can check on the machine: which file it looked
 * for, and the command that shows it is missing.
 */
export function whyNoElectron(packageDir = electronPackageDir(), env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return `ELECTRON_OVERRIDE_DIST_PATH=${env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron executable (check: ls "${env.ELECTRON_OVERRIDE_DIST_PATH}")`;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return `the electron package never downloaded its binary: ${pathFile} does not exist (check: ls "${packageDir}"; its postinstall download is blocked on this machine)`;
  const full = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return `${full} does not exist (check: ls "${path.dirname(full)}")`;
}

/** The last line of the installer's error output that says what went wrong, without the stack. */
function reasonOf(output) {
  const lines = output.split('\n').map((line) => line.trim());
  const meaningful = lines.filter((line) => line && !line.startsWith('at ') && line !== '^');
  return (
    meaningful.find((line) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|timed? ?out/i.test(line)) ??
    meaningful[0] ??
    'the installer gave no reason'
  ).slice(0, 200);
}

/**
 * Runs the electron package's installer (installs run with ignore-scripts, so it has not run yet).
 * Returns the binary, or the one-line reason it could not be downloaded; prints nothing itself.
 */
export function downloadElectron(packageDir = electronPackageDir(), env = process.env) {
  const run = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const binary = run.status === 0 ? findElectron(packageDir, env) : null;
  if (binary) return { binary };
  const output = `${run.stderr ?? ''}\n${run.stdout ?? ''}\n${run.error?.message ?? ''}`;
  return { binary: null, reason: reasonOf(output) };
}

// `node scripts/electron-binary.mjs`: the check named where the Electron project is left out. Prints the binary's
// path, or "none:" and why.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findElectron();
  console.log(found ?? `none: ${whyNoElectron()}`);
}
