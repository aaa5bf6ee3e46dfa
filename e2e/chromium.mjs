// Debian's Chromium and the flags it needs here (root, no GPU, no background traffic on a
// closed network): shared by playwright.config.ts and the benchmark runner.
export const CHROMIUM = {
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
};
