// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Google Analytics 4 (gtag.js with a `G-` measurement id).
 * Cookies: support.google.com/analytics/answer/11397207 (_ga and _ga_<container-id>, 2 years,
 * first party on the highest possible domain). Hosts: Google's CSP guide
 * (*.google-analytics.com, *.analytics.google.com, *.googletagmanager.com) and
 * stats.g.doubleclick.net when Google signals is on.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Analytics',
  category: 'analytics',
  hosts: [
    'googletagmanager.com/gtag/js?id=G-',
    'google-analytics.com',
    'analytics.google.com',
    'stats.g.doubleclick.net',
  ],
  cookies: ['_ga', '_ga_*'],
};

export const info: PresetInfo = {
  purpose: { sv: 'Besöksstatistik', en: 'Visitor statistics', da: 'Besøgsstatistik' },
  description: {
    sv: 'Mäter hur webbplatsen används (sidvisningar, besökens längd, varifrån besökare kommer) så att vi kan förbättra den.',
    en: 'Measures how the site is used (page views, visit length, where visitors come from) so that we can improve it.',
    da: 'Måler, hvordan hjemmesiden bruges (sidevisninger, besøgets længde, hvor besøgende kommer fra), så vi kan forbedre den.',
  },
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    {
      name: '_ga',
      lifetime: 'P2Y',
      purpose: { sv: 'Skiljer besökare åt', en: 'Tells visitors apart', da: 'Adskiller besøgende' },
    },
    {
      name: '_ga_*',
      lifetime: 'P2Y',
      purpose: {
        sv: 'Håller reda på besökets session',
        en: 'Keeps the session state',
        da: 'Holder styr på besøgets session',
      },
    },
  ],
};
