/**
 * Google Ads conversion tracking and remarketing (gtag.js with an `AW-` id).
 * ⚠️ Cookie lifetimes are from secondary sources (90 days for _gcl_*); check against
 * business.safety.google/adscookies. IDE (doubleclick.net) is third party: the page cannot
 * delete it, so it is listed for the cookie table only.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Ads',
  category: 'marketing',
  hosts: [
    'googletagmanager.com/gtag/js?id=AW-',
    'googleadservices.com',
    'doubleclick.net',
    'google.com/pagead',
    // ⚠️ unverified: Google's conversion linker endpoint.
    'google.com/ccm',
  ],
  cookies: ['_gcl_*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: '_gcl_au', lifetime: 'P90D' },
    { name: '_gcl_aw', lifetime: 'P90D' },
    { name: '_gcl_dc', lifetime: 'P90D' },
    { name: 'IDE', lifetime: 'P13M', domain: '.doubleclick.net' },
  ],
};
