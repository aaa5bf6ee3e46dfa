/**
 * Google Analytics 4 (gtag.js with a `G-` measurement id).
 * Cookies: support.google.com/analytics/answer/11397207 (_ga and _ga_<container-id>, 2 years,
 * first party on the highest possible domain). Hosts: Google's CSP guide
 * (*.google-analytics.com, *.analytics.google.com, *.googletagmanager.com) and
 * stats.g.doubleclick.net when Google signals is on.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Analytics',
  category: 'analytics',
  hosts: [
    'googletagmanager.com/gtag/js?id=G-',
    'google-analytics.com',
    'analytics.google.com',
    'stats.g.doubleclick.net',
  ],
  cookies: ['_ga', '_ga_*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: '_ga', lifetime: 'P2Y' },
    { name: '_ga_*', lifetime: 'P2Y' },
  ],
};
