// What this machine can run, decided once where the test runners read their configs: the two full-disk
// tests need a small tmpfs in a private mount namespace, the Electron project a real Electron binary.
// A runner leaves out the tests this machine cannot run and prints, before the run, which ones, why, and
// the command that checks it; nothing is collected only to be skipped.
import { findElectron, whyNoElectron } from './electron-binary.mjs';
import { probePrivateTmpfs } from './private-tmpfs.mjs';

/** The test files that need a private tmpfs (Vitest and Playwright). */
export const NEEDS_PRIVATE_TMPFS = {
  vitest: 'electron/services/analyst/disk-full.tmpfs.test.ts',
  playwright: 'disk-full.spec.ts',
};

export function machineCapabilities() {
  const tmpfs = probePrivateTmpfs();
  const electron = findElectron();
  return {
    privateTmpfs: tmpfs.flags !== null,
    electronBinary: electron,
    /** One line per test left out here: what, why (the probe's own answer), and the command that checks it. */
    notRunHere(runner) {
      const lines = [];
      if (!tmpfs.flags)
        lines.push(
          `Not run on this machine: ${runner === 'vitest' ? NEEDS_PRIVATE_TMPFS.vitest : `e2e/${NEEDS_PRIVATE_TMPFS.playwright}`} — it needs a small tmpfs in a private mount namespace, and \`node scripts/private-tmpfs.mjs\` answers here: none: ${tmpfs.why}. (disk-full.test.ts tells the same story with the room counted in-process.)`,
        );
      if (runner === 'playwright' && !electron)
        lines.push(
          `Not run on this machine: the electron project (e2e/electron.spec.ts) — it needs an Electron binary, and \`node scripts/electron-binary.mjs\` answers here: none: ${whyNoElectron()}. (The web project drives the same renderer and services.)`,
        );
      return lines;
    },
  };
}
