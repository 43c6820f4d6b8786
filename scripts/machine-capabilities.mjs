// What this machine can run, decided once where the test runners read their configs: the two full-disk
// tests need a small tmpfs in a private mount namespace. A runner leaves them out where there is none and
// prints, before the run, which ones, why, and the command that checks it. (The Electron test is collected
// everywhere and skips, with its reason, where no Electron binary exists: e2e/electron.spec.ts.)
import { probePrivateTmpfs } from './private-tmpfs.mjs';

/** The test files that need a private tmpfs (Vitest and Playwright). */
export const NEEDS_PRIVATE_TMPFS = {
  vitest: 'electron/services/analyst/disk-full.tmpfs.test.ts',
  playwright: 'disk-full.spec.ts',
};

export function machineCapabilities() {
  const tmpfs = probePrivateTmpfs();
  return {
    privateTmpfs: tmpfs.flags !== null,
    /** One line per test left out here: what, why (the probe's own answer), and the command that checks it. */
    notRunHere(runner) {
      const lines = [];
      if (!tmpfs.flags)
        lines.push(
          `Not run on this machine: ${runner === 'vitest' ? NEEDS_PRIVATE_TMPFS.vitest : `e2e/${NEEDS_PRIVATE_TMPFS.playwright}`} — it needs a small tmpfs in a private mount namespace, and \`node scripts/private-tmpfs.mjs\` answers here: none: ${tmpfs.why}. (disk-full.test.ts tells the same story with the room counted in-process.)`,
        );
      return lines;
    },
  };
}
