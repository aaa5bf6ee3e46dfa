/**
 * "The page has settled": loaded, no request in flight and none started for 500 ms.
 *
 * Why not `waitForLoadState('networkidle')`: Chromium's own network-idle signal is known
 * to hang now and then with request interception (microsoft/playwright#19835), and a
 * fresh-clone CI run timed out on it with nothing pending. This counts Playwright's own
 * request events for the whole context (service workers included) and, when it gives up,
 * names the requests still pending.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';

type Network = { pending: Set<Request>; last: number };
const networks = new WeakMap<BrowserContext, Network>();

/** Starts counting a context's requests; the e2e fixtures call it before any page opens. */
export function trackNetwork(context: BrowserContext): void {
  if (networks.has(context)) return;
  const n: Network = { pending: new Set(), last: Date.now() };
  networks.set(context, n);
  context.on('request', (r) => {
    n.pending.add(r);
    n.last = Date.now();
  });
  const done = (r: Request) => {
    n.pending.delete(r);
    n.last = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
}

/**
 * Waits until `page` has loaded and its context has had no request in flight for `quietMs`.
 * @example
 * await page.goto('/');
 * await settled(page);
 * expect(site.requestsTo('stats.example')).toEqual([]);
 */
export async function settled(page: Page, { quietMs = 500, timeout = 15_000 } = {}): Promise<void> {
  const n = networks.get(page.context());
  if (!n) throw new Error('settled(): trackNetwork(context) was not called for this context');
  const until = Date.now() + timeout;
  await page.waitForLoadState('load', { timeout });
  for (;;) {
    const now = Date.now();
    if (!n.pending.size && now - n.last >= quietMs) return;
    if (now > until) {
      throw new Error(
        `settled(): requests still in flight after ${timeout} ms: ${[...n.pending].map((r) => r.url()).join(', ') || '(none; requests kept starting)'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
