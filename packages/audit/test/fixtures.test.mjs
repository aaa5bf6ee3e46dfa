/**
 * The audit against fixture sites served here, one per fault: each must be flagged by the
 * right item and by nothing else (a few faults have consequences that other items rightly
 * flag, listed with the reason). A compliant site and a site without a banner get no FAIL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit, launch } from '../src/index.mjs';
import { startSite } from './fixtures/site.mjs';

const EXPECTED = {
  '': [],
  'no-banner': [],
  // A tracker that runs whatever the visitor does: before consent (C1, C2, C19: Google
  // without a Consent Mode default) and still after reject (C4), withdrawal (C14), expiry
  // (C16) and with GPC (C20).
  'tracker-before-consent': ['C1', 'C2', 'C4', 'C14', 'C16', 'C19', 'C20'],
  // No reject on the wall itself (C4) and the content hidden behind it (C11).
  'cookie-wall': ['C4', 'C11'],
  'reject-link': ['C5'],
  'pre-ticked': ['C6'],
  'scroll-consent': ['C3'],
  'close-consents': ['C12'],
  'no-withdraw': ['C13'],
  'withdraw-keeps-cookies': ['C14'],
  // The seed shop: no banner and the tags loaded at once (C4: trackers but nothing to refuse
  // them with; C19: Google without Consent Mode; C20: tracking despite GPC).
  seed: ['C1', 'C2', 'C4', 'C19', 'C20'],
};

let browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('fixture sites', () => {
  test.concurrent.each(Object.keys(EXPECTED).map((fault, i) => [fault || 'compliant', fault, i]))(
    '%s',
    async (_name, fault, i) => {
      const site = await startSite(fault);
      try {
        // One viewport per site, alternating, with short limits: the sites are local and tiny.
        const viewport = i % 2 ? { width: 360, height: 640 } : { width: 1366, height: 768 };
        const report = await audit(site.url, {
          browser,
          offline: true,
          pages: 1,
          viewports: [viewport],
          limits: { settleMs: 1000, observeMs: 1000, actionMs: 20_000 },
        });
        const failed = report.checks.filter((c) => c.status == 'fail');
        expect(
          failed.map((c) => c.id),
          JSON.stringify(failed, null, 1),
        ).toEqual(EXPECTED[fault]);
        expect(report.phaseErrors).toEqual([]);
        for (const c of report.checks) expect(c.evidence.length, c.id).toBeGreaterThan(0);
        // What cannot be decided on a foreign site is "n/a", never a pass.
        for (const id of ['C17', 'C18']) expect(report.checks.find((c) => c.id == id).status).toBe('n/a');
      } finally {
        await site.close();
      }
    },
  );
});
