/**
 * LinkedIn Insight Tag: insight.min.js from snap.licdn.com/li.lms-analytics/ (licdn.com is
 * LinkedIn's CDN for much else, hence the path), beacons to px.ads.linkedin.com and
 * www.linkedin.com/px/. No consent API (🟡): blocked until granted. Cookies from LinkedIn's
 * Cookie Table (li_fat_id 30 days first party; bcookie, lidc, UserMatchHistory,
 * AnalyticsSyncHistory on .linkedin.com); ⚠️ li_giant and lifetimes as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'LinkedIn Ireland Unlimited Company',
  title: 'LinkedIn Insight Tag',
  category: 'marketing',
  hosts: ['snap.licdn.com/li.lms-analytics/', 'px.ads.linkedin.com', 'linkedin.com/px/'],
  cookies: ['li_fat_id', 'li_giant'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: [
    { name: 'li_fat_id', lifetime: 'P30D' },
    { name: 'li_giant', lifetime: 'P7D' },
    { name: 'bcookie', lifetime: 'P1Y', domain: '.linkedin.com' },
    { name: 'lidc', lifetime: 'P1D', domain: '.linkedin.com' },
    { name: 'UserMatchHistory', lifetime: 'P30D', domain: '.linkedin.com' },
  ],
};
