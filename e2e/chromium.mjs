// Debian's Chromium and the flags it needs here (root, no GPU, no background traffic on a
// closed network): shared by playwright.config.ts and the benchmark runner. The flags are
// the audit's (one list).
import { CHROMIUM_FLAGS } from '../packages/audit/src/chromium-flags.mjs';

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', ...CHROMIUM_FLAGS],
};
