/**
 * Each vendor's official snippet, once pasted verbatim (automatic blocking) and once with
 * markup gating (`type="text/plain"`): nothing reaches its hosts and none of its cookies
 * exist before consent and after a refusal; it loads and runs after acceptance; after a
 * withdrawal its cookies are gone and its hosts are not contacted again (the journey:
 * journey.ts, which says how preloads are counted).
 */
import { shopPage, test, type Site } from '../harness';
import { shopConfig } from './config';
import { ran, vendorJourney } from './journey';
import { HOSTS, snippet, standIns } from './stand-ins';

interface Vendor {
  /** Service id in the config. */
  id: string;
  preset: string;
  /** Fixture file. */
  file?: string;
  /** What its stand-in pushes to window.ran. */
  ran?: string;
  /** Cookies its stand-in sets. */
  cookies: RegExp;
  /** A request the running vendor makes besides loading its script (beacon, pixel, fetch, XHR). */
  report?: RegExp;
  /** URLs written in the HTML that the browser may request before any script runs (preload scanner, iframe navigation). */
  preload?: RegExp;
  body?: boolean;
}

const VENDORS: Vendor[] = [
  {
    id: 'ga4',
    preset: 'google-analytics',
    ran: 'ga4',
    cookies: /^_ga/,
    report: /google-analytics\.com\/g\/collect/,
    preload: /gtag\/js\?id=G-/,
  },
  {
    id: 'ads',
    preset: 'google-ads',
    ran: 'ads',
    cookies: /^_gcl_au$/,
    report: /doubleclick\.net\/pagead/,
    preload: /gtag\/js\?id=AW-/,
  },
  { id: 'gtm', preset: 'google-tag-manager', ran: 'gtm', cookies: /^$/ },
  {
    id: 'meta',
    preset: 'meta-pixel',
    ran: 'meta',
    cookies: /^_fbp$/,
    report: /facebook\.com\/tr\/\?id=1234567890&ev=PageView$/,
  },
  { id: 'smartlook', preset: 'smartlook', ran: 'smartlook', cookies: /^SL_/, report: /smartlook\.cloud\/rec/ },
  { id: 'zendesk', preset: 'zendesk-chat', ran: 'zendesk', cookies: /^__zlcmid$/, report: /zendesk\.com\/embeddable/ },
  {
    id: 'zendesk',
    preset: 'zendesk-chat',
    file: 'zendesk-web-widget',
    ran: 'zendesk',
    cookies: /^__zlcmid$/,
    report: /zendesk\.com\/embeddable/,
    preload: /ekr\/snippet\.js/,
  },
  // An <iframe src> in the HTML starts navigating as the parser inserts it, before any script
  // can see it: the blocker aborts that navigation (the frame stays empty), like a preload.
  { id: 'youtube', preset: 'youtube', cookies: /^$/, body: true, preload: /youtube\.com\/embed\// },
];

/** The snippet with every script and iframe gated on the service (type="text/plain", data-src). */
const gated = (html: string, id: string) =>
  html
    .replace(/<script(?: type=(["'])text\/javascript\1)?/g, `<script type="text/plain" data-consent="${id}"`)
    .replace(/<iframe([^>]*) src=/g, `<iframe data-consent="${id}"$1 data-src=`);

function vendorRequests(site: Site, v: Vendor) {
  const all = HOSTS[v.preset]!.flatMap((h) => site.requestsTo(h));
  // Google's hosts serve several vendors: count only this one's URLs there.
  const mine = all.filter((u) => !/googletagmanager\.com/.test(u) || (v.preload ?? /gtm\.js/).test(u));
  return { preloads: mine.filter((u) => v.preload?.test(u)), others: mine.filter((u) => !v.preload?.test(u)) };
}

for (const v of VENDORS) {
  for (const mode of ['verbatim', 'text/plain'] as const) {
    const name = v.file ?? v.preset;
    test(`${name} (${mode}): nothing before consent or after a refusal, runs after acceptance, gone after withdrawal`, async ({
      page,
      site,
    }) => {
      // Four page loads, each waited to network idle: give a loaded machine time.
      test.slow();
      standIns(site);
      const html = mode == 'verbatim' ? snippet(name) : gated(snippet(name), v.id);
      site.serve('/', v.body ? shopPage(shopConfig, '', html) : shopPage(shopConfig, html));

      const youtube = () =>
        page
          .frames()
          .map((f) => f.url())
          .filter((u) => /youtube/.test(u));
      await vendorJourney(page, site, v, mode, {
        requests: () => vendorRequests(site, v),
        running: async () => [...(await ran(page)).filter((r) => r == v.ran), ...youtube()],
        preloadsPerLoad: 1,
        shown: v.body ? () => youtube().some((u) => /youtube\.com\/embed/.test(u)) : undefined,
      });
    });
  }
}
