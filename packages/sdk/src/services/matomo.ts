/**
 * Matomo (self-hosted or Matomo Cloud). A self-hosted Matomo on the shop's own domain is
 * first party and not blocked by host: its consent API keeps it quiet instead
 * (developer.matomo.org/guides/tracking-consent, ✅): cookiegate puts `['requireConsent']`
 * first in `_paq`, then `setConsentGiven` / `forgetConsentGiven` (core/vendor-consent.ts).
 * With `"advanced": true` it uses the cookieless mode instead: `requireCookieConsent`,
 * then `setCookieConsentGiven` / `forgetCookieConsentGiven`, so that it counts visits
 * without cookies before consent. Matomo Cloud (*.matomo.cloud, cdn.matomo.cloud) is
 * blocked by host until granted. Cookies from Matomo's FAQ "Which cookies are created":
 * _pk_id 13 months, _pk_ses and _pk_cvar 30 minutes, _pk_ref 6 months.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'The shop (Matomo, InnoCraft Ltd)',
  title: 'Matomo',
  category: 'analytics',
  hosts: ['matomo.cloud'],
  cookies: ['_pk_id.*', '_pk_ses.*', '_pk_ref.*', '_pk_cvar.*', '_pk_hsr.*', 'MATOMO_SESSID'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://matomo.org/privacy-policy/',
  cookies: [
    { name: '_pk_id.*', lifetime: 'P13M' },
    { name: '_pk_ses.*', lifetime: 'PT30M' },
    { name: '_pk_ref.*', lifetime: 'P6M' },
    { name: '_pk_cvar.*', lifetime: 'PT30M' },
  ],
};
