import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './e2e/chromium.mjs';

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
    launchOptions: CHROMIUM,
  },
});
