import { configDefaults, defineConfig } from 'vitest/config';
import { machineCapabilities, NEEDS_PRIVATE_TMPFS } from './scripts/machine-capabilities.mjs';

// Tests this machine cannot run are left out, not collected and skipped; the lines say which and why.
const machine = machineCapabilities();
for (const line of machine.notRunHere('vitest')) console.warn(line);

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, ...(machine.privateTmpfs ? [] : [NEEDS_PRIVATE_TMPFS.vitest])],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // A skip's reason is copied into its meta, which the JSON reporter writes out (it drops the note).
    setupFiles: ['./shared/test-support/skip-note-meta.ts'],
    // Every skip must say why, in terms a reader can check: listed after the run, and a skip without one fails it.
    reporters: ['default', './scripts/vitest-skip-reasons.ts'],
  },
});
