import { defineConfig } from 'vitest/config';

// Each package brings its own project config (environment, setup); this file only lists them.
// In CI a JSON report lets .ci/run fail on skipped tests.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
