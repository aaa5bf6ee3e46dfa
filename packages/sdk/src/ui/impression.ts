/**
 * The impression count (issue 17, opt-in with `"stats": { "impressions": true }`): when
 * the banner was shown and the page is hidden or left without a decision, one
 * `POST /v1/impressions` with the language and the variant shown. Nothing is stored in
 * the browser or read from it, no consent id or cookie is sent: the server adds one to a
 * counter per site, day, language and variant. In the UI chunk: only a page that shows the
 * banner pays for it.
 */
import type { ResolvedConfig } from '../core/config';

/** What the UI tells the counter. */
export interface Impression {
  /** The banner was visible on this page view. */
  seen(): boolean;
  /** A decision was made on this page view. */
  decided(): boolean;
  locale: string;
  variant?: string;
}

/**
 * The impressions endpoint: `impressions` beside `proofEndpoint` (`/v1/proofs` → `/v1/impressions`).
 *
 * @example
 * impressionsUrl('https://proofs.shop.example/v1/proofs') // 'https://proofs.shop.example/v1/impressions'
 */
export const impressionsUrl = (proofEndpoint: string): string =>
  new URL('impressions', new URL(proofEndpoint, location.href)).href;

/**
 * Sends one impression when the page is hidden or left after the banner was seen without a
 * decision; at most once per page view. Does nothing unless the config opts in.
 *
 * @example
 * countImpression(cfg, { seen: () => bannerSeen, decided: () => decided, locale: 'sv', variant: 'b' });
 */
export function countImpression(cfg: ResolvedConfig, o: Impression): void {
  if (!cfg.stats?.impressions || !cfg.proofEndpoint) return;
  const url = impressionsUrl(cfg.proofEndpoint);
  let sent = false;
  const send = (e: Event) => {
    if (sent || (e.type != 'pagehide' && document.visibilityState != 'hidden') || !o.seen() || o.decided()) return;
    sent = true;
    // Not sendBeacon: it always sends the site's cookies. A text/plain body needs no CORS
    // preflight; the Referer carries the origin only, never the page's query string.
    fetch(url, {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'origin',
      body: JSON.stringify({ locale: o.locale, variant: o.variant }),
    }).catch(() => {});
  };
  // `visibilitychange` is the last event a phone reliably fires (tab switched, app left);
  // `pagehide` covers browsers that unload without it.
  document.addEventListener('visibilitychange', send);
  addEventListener('pagehide', send);
}
