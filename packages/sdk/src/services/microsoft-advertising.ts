/**
 * Microsoft Advertising Universal Event Tracking (UET): bat.js from bat.bing.com, events to
 * bat.bing.com/action/0. Consent mode: `uetq.push('consent', 'default', { ad_storage })`
 * before the tag loads and `'update'` after a decision (Microsoft Advertising help "UET
 * consent mode"; required for EEA/UK/CH traffic since 5 May 2025 🟡, not read in a Microsoft
 * page here); wired in core/vendor-consent.ts. Cookies _uetsid (1 day) and _uetvid
 * (13 months) from Microsoft's UET help; ⚠️ _uetmsclkid's 90 days is from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Microsoft Ireland Operations Ltd',
  title: 'Microsoft Advertising',
  category: 'marketing',
  hosts: ['bat.bing.com', 'bat.bing.net'],
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid'],
  storage: ['_uetsid*', '_uetvid*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    { name: '_uetsid', lifetime: 'P1D' },
    { name: '_uetvid', lifetime: 'P13M' },
    { name: '_uetmsclkid', lifetime: 'P90D' },
    { name: 'MUID', lifetime: 'P1Y', domain: '.bing.com' },
  ],
};
