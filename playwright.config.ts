import { defineConfig } from '@playwright/test';

// Two projects: `web` drives browser mode in Debian's Chromium; `electron` launches the real app
// with _electron.launch, and where no Electron binary exists its test is skipped with the reason and the
// command that checks it (listed after the run); so is the full-disk test where the machine has no private tmpfs.
const webIgnores = [/electron\.spec\.ts$/];
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  // Generous: on a loaded 2-core CI machine starting browser mode and its first derivation has taken
  // most of a minute. Speed is measured by `npm run bench`; these tests check behaviour.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The list, then every skipped test with the reason it gave (see e2e/support/skip-reasons.ts).
  reporter: [['list'], ['./e2e/support/skip-reasons.ts']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: webIgnores,
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-dev-shm-usage',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
