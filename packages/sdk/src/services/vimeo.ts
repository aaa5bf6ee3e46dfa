/**
 * Vimeo embeds (<iframe src="https://player.vimeo.com/video/…">), player assets from
 * f.vimeocdn.com and i.vimeocdn.com. The player sets vuid (2 years, Vimeo's analytics id)
 * and Cloudflare's __cf_bm on .vimeo.com, in a third-party frame: the page cannot delete
 * them, so they are listed for the cookie table only (vimeo.com/cookie_policy; ⚠️ lifetimes
 * as commonly cited). With `"facade": true` each embed shows a click-to-load placeholder.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Vimeo.com, Inc.',
  title: 'Vimeo',
  category: 'marketing',
  hosts: ['vimeo.com', 'vimeocdn.com'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://vimeo.com/privacy',
  cookies: [
    { name: 'vuid', lifetime: 'P2Y', domain: '.vimeo.com' },
    { name: '__cf_bm', lifetime: 'PT30M', domain: '.vimeo.com' },
  ],
};
