/**
 * Microsoft Clarity (heatmaps and session recordings). Tag from www.clarity.ms/tag/<id>,
 * recorder from scripts.clarity.ms, uploads to <letter>.clarity.ms/collect, an id sync pixel
 * to c.bing.com. Consent: `clarity('consentv2', { ad_Storage, analytics_Storage })` with
 * that casing (learn.microsoft.com/clarity/clarity-consent-api-v2, read December 2026;
 * required for EEA/UK/CH visits since 31 October 2025); wired in core/vendor-consent.ts.
 * Cookies: learn.microsoft.com/clarity/setup-and-installation/cookie-list; ⚠️ the lifetimes
 * of the third-party cookies (MUID, CLID, ANONCHK, SM, MR) are as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Microsoft Ireland Operations Ltd',
  title: 'Microsoft Clarity',
  category: 'analytics',
  hosts: ['clarity.ms', 'c.bing.com'],
  cookies: ['_clck', '_clsk'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    { name: '_clck', lifetime: 'P1Y' },
    { name: '_clsk', lifetime: 'P1D' },
    { name: 'CLID', lifetime: 'P1Y', domain: '.clarity.ms' },
    { name: 'MUID', lifetime: 'P1Y', domain: '.clarity.ms' },
  ],
};
