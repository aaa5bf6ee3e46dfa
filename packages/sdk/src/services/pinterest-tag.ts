/**
 * Pinterest tag: core.js from s.pinimg.com/ct/ (s.pinimg.com also serves Pinterest's
 * images and widgets, hence the path), events to ct.pinterest.com/v3/ and /user/. Consent:
 * `pintrk('setconsent', true | false)` before events (wired in core/vendor-consent.ts;
 * 🟡 ⚠️ not read in Pinterest's own documentation here). Cookies _pin_unauth, _epik,
 * _derived_epik (1 year) from Pinterest's cookie help; ⚠️ lifetimes as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Pinterest Europe Ltd',
  title: 'Pinterest Tag',
  category: 'marketing',
  hosts: ['s.pinimg.com/ct/', 'ct.pinterest.com'],
  cookies: ['_pin_unauth', '_epik', '_derived_epik', '_pinterest_ct*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policy.pinterest.com/privacy-policy',
  cookies: [
    { name: '_pin_unauth', lifetime: 'P1Y' },
    { name: '_epik', lifetime: 'P1Y' },
    { name: '_derived_epik', lifetime: 'P1Y' },
  ],
};
