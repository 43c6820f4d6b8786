import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Every skip must say why, in terms a reader can check: listed after the run, and a skip without one fails it.
    reporters: ['default', './scripts/vitest-skip-reasons.ts'],
  },
});
