import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded here: the tests drive Debian's Chromium (.ci/run installs it).
// A missing browser fails the run; nothing is skipped for lack of one.
export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir at start: keep it apart from the unit tests' report.
  outputDir: 'test-results/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    browserName: 'chromium',
    locale: 'sv-SE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
