/**
 * @cookiegate/audit: audits a site's consent banner in a real Chromium against the
 * regulators' checklist (C1–C22), and drafts a cookiegate config from what it does.
 *
 * @example
 * import { audit, htmlReport } from '@cookiegate/audit';
 * const report = await audit('https://shop.example/');
 */
export { audit } from './audit.mjs';
export { scan } from './scan/scan.mjs';
export { draftConfig } from './scan/draft.mjs';
export { drift, driftText } from './scan/drift.mjs';
export { htmlReport } from './report/html.mjs';
export { terminalTable, exitCode } from './report/terminal.mjs';
export { findChromium, launch, BrowserNotFound } from './browser.mjs';
export { DEFAULTS, UsageError } from './options.mjs';
export { ITEMS } from './checks/catalogue.mjs';
export { main } from './cli.mjs';
