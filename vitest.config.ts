import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // A skip's reason is copied into its meta, which the JSON reporter writes out (it drops the note).
    setupFiles: ['./shared/test-support/skip-note-meta.ts'],
    // Every skip must say why, in terms a reader can check: listed after the run, and a skip without one fails it.
    reporters: ['default', './scripts/vitest-skip-reasons.ts'],
  },
});
