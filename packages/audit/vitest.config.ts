import { defineConfig } from 'vitest/config';

// The audit drives a real Chromium against sites the tests serve: its browser tests are
// slow, so generous timeouts (the audit's own phase limits keep each run bounded), and at
// most two audits at a time on a 2-core machine.
export default defineConfig({
  test: {
    name: 'audit',
    environment: 'node',
    include: ['test/**/*.test.mjs'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxConcurrency: 2,
  },
});
