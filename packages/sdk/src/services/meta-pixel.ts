// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Meta (Facebook) pixel. Script from connect.facebook.net (fbevents.js), beacons to
 * www.facebook.com/tr (developers.facebook.com/docs/meta-pixel). _fbp/_fbc format from
 * developers.facebook.com fbp-and-fbc; ⚠️ the 90-day lifetimes are from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Meta Platforms Ireland Ltd',
  title: 'Meta Pixel',
  category: 'marketing',
  hosts: ['connect.facebook.net', 'facebook.com/tr', 'facebook.net'],
  cookies: ['_fbp', '_fbc'],
};

export const info: PresetInfo = {
  purpose: {
    sv: 'Annonsering på Facebook och Instagram',
    en: 'Advertising on Facebook and Instagram',
    da: 'Annoncering på Facebook og Instagram',
  },
  description: {
    sv: 'Mäter vad besökare från våra annonser gör här och visar annonser för personer som besökt webbplatsen.',
    en: 'Measures what visitors from our ads do here and shows ads to people who visited the site.',
    da: 'Måler, hvad besøgende fra vores annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
  },
  privacyUrl: 'https://www.facebook.com/privacy/policy/',
  cookies: [
    {
      name: '_fbp',
      lifetime: 'P90D',
      purpose: {
        sv: 'Känner igen webbläsaren för annonsmätning',
        en: 'Recognises the browser for ad measurement',
        da: 'Genkender browseren til annoncemåling',
      },
    },
    {
      name: '_fbc',
      lifetime: 'P90D',
      purpose: {
        sv: 'Sparar id för klick på en annons',
        en: 'Stores the id of an ad click',
        da: 'Gemmer id for et annonceklik',
      },
    },
    {
      name: 'fr',
      lifetime: 'P90D',
      domain: '.facebook.com',
      purpose: { sv: 'Annonsvisning', en: 'Ad delivery', da: 'Annoncevisning' },
    },
  ],
};
