/**
 * Test harness: a fake shop at https://www.shop.test served by Playwright routes (so that
 * parent-domain cookies can be tested), the built SDK files from packages/sdk/dist, and
 * stand-ins for third-party hosts. Every request the browser makes is logged, including
 * preload-scanner fetches; a host with no stand-in is aborted, never contacted.
 */
import { test as base, expect, type BrowserContext, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settled, trackNetwork } from './settled';

export { expect, settled };
export const ORIGIN = 'https://www.shop.test';
const DIST = join(import.meta.dirname, '..', 'packages', 'sdk', 'dist');

type Handler = (route: Route, url: URL) => Promise<void> | void;

export class Site {
  /** Every URL requested, in order. */
  readonly requests: string[] = [];
  private files = new Map<string, { body: string; type: string; headers?: Record<string, string> }>();
  private hosts = new Map<string, Handler>();
  private origins = new Set([ORIGIN]);

  constructor(readonly context: BrowserContext) {}

  async install(): Promise<void> {
    this.context.on('request', (r) => this.requests.push(r.url()));
    await this.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (this.origins.has(url.origin)) return this.serveOwn(route, url);
      const handler = [...this.hosts].find(([h]) => url.hostname === h || url.hostname.endsWith('.' + h))?.[1];
      if (handler) return handler(route, url);
      return route.abort('blockedbyclient');
    });
  }

  private async serveOwn(route: Route, url: URL) {
    if (/^\/cookiegate[\w-]*\.js(\.map)?$/.test(url.pathname)) {
      return route.fulfill({ body: readFileSync(join(DIST, url.pathname)), contentType: 'text/javascript' });
    }
    const f = this.files.get(url.pathname);
    if (!f) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: f.body, contentType: f.type, headers: f.headers });
  }

  /** Serves a file of the shop. */
  serve(path: string, body: string, type = 'text/html; charset=utf-8', headers?: Record<string, string>): this {
    this.files.set(path, { body, type, headers });
    return this;
  }

  /** Serves the shop's files (and the SDK) at another origin too, such as `https://shop.co.uk`. */
  at(origin: string): this {
    this.origins.add(origin);
    return this;
  }

  /** Serves a third-party host (and its subdomains). */
  host(host: string, handler: Handler): this {
    this.hosts.set(host, handler);
    return this;
  }

  /** Requests whose host is `host` or one of its subdomains. */
  requestsTo(host: string): string[] {
    return this.requests.filter((u) => {
      const h = new URL(u).hostname;
      return h === host || h.endsWith('.' + host);
    });
  }
}

/** A page with the config and cookiegate.js first in <head>, then `head` and `body`. */
export function shopPage(config: unknown, head = '', body = ''): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Shop</title>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>
<script src="/cookiegate.js"></script>
${head}
</head><body><main><h1>Butiken</h1><p>Produkter.</p></main>
${body}
</body></html>`;
}

/** Collects console messages of a page. */
export function consoleOf(page: Page): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  page.on('console', (m) => out.push({ type: m.type(), text: m.text() }));
  return out;
}

export const test = base.extend<{ site: Site; network: void }>({
  // Automatic, so that settled(page) works in every test.
  network: [
    async ({ context }, use) => {
      trackNetwork(context);
      await use();
    },
    { auto: true },
  ],
  site: async ({ context }, use) => {
    const site = new Site(context);
    await site.install();
    await use(site);
  },
});
