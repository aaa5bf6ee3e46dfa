/**
 * Meta (Facebook) pixel. Script from connect.facebook.net (fbevents.js), beacons to
 * www.facebook.com/tr (developers.facebook.com/docs/meta-pixel). _fbp/_fbc format from
 * developers.facebook.com fbp-and-fbc; ⚠️ the 90-day lifetimes are from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Meta Platforms Ireland Ltd',
  title: 'Meta Pixel',
  category: 'marketing',
  hosts: ['connect.facebook.net', 'facebook.com/tr', 'facebook.net'],
  cookies: ['_fbp', '_fbc'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.facebook.com/privacy/policy/',
  cookies: [
    { name: '_fbp', lifetime: 'P90D' },
    { name: '_fbc', lifetime: 'P90D' },
    { name: 'fr', lifetime: 'P90D', domain: '.facebook.com' },
  ],
};
