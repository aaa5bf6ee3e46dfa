// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Google Ads conversion tracking and remarketing (gtag.js with an `AW-` id).
 * ⚠️ Cookie lifetimes are from secondary sources (90 days for _gcl_*); check against
 * business.safety.google/adscookies. IDE (doubleclick.net) is third party: the page cannot
 * delete it, so it is listed for the cookie table only.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Ads',
  category: 'marketing',
  hosts: [
    'googletagmanager.com/gtag/js?id=AW-',
    'googleadservices.com',
    'doubleclick.net',
    'google.com/pagead',
    // ⚠️ unverified: Google's conversion linker endpoint.
    'google.com/ccm',
  ],
  cookies: ['_gcl_*'],
};

const ads = {
  sv: 'Mäter om annonser leder till köp',
  en: 'Measures whether ads lead to purchases',
  da: 'Måler, om annoncer fører til køb',
};

export const info: PresetInfo = {
  purpose: {
    sv: 'Annonsering och konverteringsmätning',
    en: 'Advertising and conversion measurement',
    da: 'Annoncering og konverteringsmåling',
  },
  description: {
    sv: 'Mäter vilka annonser som leder till köp och visar våra annonser för besökare som varit här tidigare.',
    en: 'Measures which ads lead to purchases and shows our ads to people who visited before.',
    da: 'Måler, hvilke annoncer der fører til køb, og viser vores annoncer til besøgende, der har været her før.',
  },
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: '_gcl_au', lifetime: 'P90D', purpose: ads },
    {
      name: '_gcl_aw',
      lifetime: 'P90D',
      purpose: { sv: 'Sparar annonsklickets id', en: 'Stores the ad click id', da: 'Gemmer annonceklikkets id' },
    },
    { name: '_gcl_dc', lifetime: 'P90D', purpose: ads },
    {
      name: 'IDE',
      lifetime: 'P13M',
      domain: '.doubleclick.net',
      purpose: { sv: 'Annonsvisning och mätning', en: 'Ad serving and measurement', da: 'Annoncevisning og måling' },
    },
  ],
};
