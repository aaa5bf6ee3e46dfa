/**
 * Google Tag Manager (gtm.js and its <noscript> ns.html iframe). GTM itself sets no cookie,
 * but loading gtm.js sends the visitor's IP address to Google, so the default category is
 * analytics; tags it loads are blocked by their own presets' hosts.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Tag Manager',
  category: 'analytics',
  hosts: ['googletagmanager.com/gtm.js', 'googletagmanager.com/ns.html'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [],
};
