/**
 * The Chromium flags for unattended runs on a closed network: no GPU, no QUIC, no
 * first-run or background traffic (which would pollute a request log). Shared by the audit
 * and the repository's Playwright tests (e2e/chromium.mjs).
 *
 * @example
 * chromium.launch({ args: ['--no-sandbox', ...CHROMIUM_FLAGS] });
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
