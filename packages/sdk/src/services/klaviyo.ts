/**
 * Klaviyo onsite (klaviyo.js with ?company_id=): script and forms from static.klaviyo.com
 * and static-forms.klaviyo.com, tracking from static-tracking.klaviyo.com and
 * a.klaviyo.com / fast.a.klaviyo.com. Forms could run without tracking (⚠️ not verified):
 * the whole script is blocked until granted. Cookie __kla_id (2 years) from Klaviyo's
 * "Klaviyo cookies" help; ⚠️ the storage keys are from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Klaviyo Inc.',
  title: 'Klaviyo',
  category: 'marketing',
  hosts: ['klaviyo.com'],
  cookies: ['__kla_id'],
  storage: ['klaviyo*', '__kla_*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.klaviyo.com/legal/privacy',
  cookies: [
    { name: '__kla_id', lifetime: 'P2Y' },
    { name: 'klaviyoOnsite', lifetime: 'P2Y', storage: 'local' },
  ],
};
