// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
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
  purpose: {
    sv: 'Laddar andra tjänsters skript',
    en: 'Loads other services’ scripts',
    da: 'Indlæser andre tjenesters scripts',
  },
  description: {
    sv: 'Ett verktyg som laddar webbplatsens mät- och annonsskript. Sätter inga egna cookies.',
    en: 'A tool that loads the site’s measurement and advertising scripts. Sets no cookies of its own.',
    da: 'Et værktøj, der indlæser hjemmesidens måle- og annoncescripts. Sætter ingen egne cookies.',
  },
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [],
};
