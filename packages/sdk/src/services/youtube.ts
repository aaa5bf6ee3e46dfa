/**
 * YouTube embeds (<iframe src="https://www.youtube.com/embed/…">). The player sets its
 * cookies (YSC, VISITOR_INFO1_LIVE, …) on .youtube.com, in a third-party frame: the page
 * cannot delete them, so they are listed for the cookie table only. ⚠️ lifetimes from
 * Google's cookie list as commonly cited (YSC session, VISITOR_INFO1_LIVE 180 days).
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'YouTube',
  category: 'marketing',
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: 'YSC', lifetime: 'session', domain: '.youtube.com' },
    { name: 'VISITOR_INFO1_LIVE', lifetime: 'P180D', domain: '.youtube.com' },
  ],
};
