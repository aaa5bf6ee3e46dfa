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

const visit = {
  sv: 'Håller ihop det pågående besöket',
  en: 'Keeps the current visit together',
  da: 'Holder det igangværende besøg sammen',
};

export const info: PresetInfo = {
  purpose: { sv: 'Besöksstatistik', en: 'Visitor statistics', da: 'Besøgsstatistik' },
  description: {
    sv: 'Mäter hur webbplatsen används (sidvisningar, besökens längd, varifrån besökare kommer). Uppgifterna stannar hos oss och delas inte med någon annan.',
    en: 'Measures how the site is used (page views, visit length, where visitors come from). The data stays with us and is not shared with anyone.',
    da: 'Måler, hvordan hjemmesiden bruges (sidevisninger, besøgets længde, hvor besøgende kommer fra). Oplysningerne bliver hos os og deles ikke med andre.',
  },
  privacyUrl: 'https://matomo.org/privacy-policy/',
  cookies: [
    {
      name: '_pk_id.*',
      lifetime: 'P13M',
      purpose: { sv: 'Skiljer besökare åt', en: 'Tells visitors apart', da: 'Adskiller besøgende' },
    },
    { name: '_pk_ses.*', lifetime: 'PT30M', purpose: visit },
    {
      name: '_pk_ref.*',
      lifetime: 'P6M',
      purpose: { sv: 'Varifrån besökaren kom', en: 'Where the visitor came from', da: 'Hvor den besøgende kom fra' },
    },
    { name: '_pk_cvar.*', lifetime: 'PT30M', purpose: visit },
  ],
};
