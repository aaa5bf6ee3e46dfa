/**
 * Coarse user-agent family ("Chrome 126 / Android / mobile"): enough to know
 * which layout was rendered, never the full UA string.
 */
import UAParser from 'ua-parser-js';

const cache = new Map<string, string | null>();
const MAX_CACHE = 2000;

/**
 * @example uaFamily('Mozilla/5.0 (X11; Linux x86_64) … Chrome/126.0 Safari/537.36') // 'Chrome 126 / Linux / desktop'
 */
export function uaFamily(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const key = ua.slice(0, 512);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const r = UAParser(key);
  const browser = r.browser.name ? `${r.browser.name}${r.browser.major ? ` ${r.browser.major}` : ''}` : 'unknown';
  const os = r.os.name ?? 'unknown';
  const device =
    r.device.type === 'mobile' || r.device.type === 'tablet' ? r.device.type : r.device.type ? 'other' : 'desktop';
  const out = browser === 'unknown' && os === 'unknown' ? 'unknown' : `${browser} / ${os} / ${device}`;
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, out);
  return out;
}
