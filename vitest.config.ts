import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // A skip's reason is copied into its meta, which the JSON reporter writes out (it drops the note).
    setupFiles: ['./shared/test-support/skip-note-meta.ts'],
    // Every skip must say why, in terms a reader can check: listed after the run, and a skip without one fails it.
    reporters: ['default', './scripts/vitest-skip-reasons.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['shared/**/*.test.ts'],
          // The shared tests are pure functions over their own inputs (no mocks, stubs, timers or globals),
          // so a worker keeps the derivation's modules loaded from one file to the next instead of importing
          // them again for each of some 450 files: most of the unit run's time was that import.
          // (electron/cli/shared-tests-share-modules.test.ts fails if a shared file mocks or stubs.)
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
