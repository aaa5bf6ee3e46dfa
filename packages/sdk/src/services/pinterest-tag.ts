/**
 * Pinterest tag: core.js from s.pinimg.com/ct/ (s.pinimg.com also serves Pinterest's
 * images and widgets, hence the path), events to ct.pinterest.com/v3/ and /user/. Consent:
 * `pintrk('setconsent', true | false)` before events (wired in core/vendor-consent.ts;
 * 🟡 ⚠️ not read in Pinterest's own documentation here). Cookies _pin_unauth, _epik,
 * _derived_epik (1 year) from Pinterest's cookie help; ⚠️ lifetimes as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Pinterest Europe Ltd',
  title: 'Pinterest Tag',
  category: 'marketing',
  hosts: ['s.pinimg.com/ct/', 'ct.pinterest.com'],
  cookies: ['_pin_unauth', '_epik', '_derived_epik', '_pinterest_ct*'],
};

const id = {
  sv: 'Känner igen webbläsaren för annonsmätning',
  en: 'Recognises the browser for ad measurement',
  da: 'Genkender browseren til annoncemåling',
};

export const info: PresetInfo = {
  purpose: { sv: 'Annonsering på Pinterest', en: 'Advertising on Pinterest', da: 'Annoncering på Pinterest' },
  description: {
    sv: 'Mäter vad besökare från våra Pinterest-annonser gör här och visar annonser för personer som besökt webbplatsen.',
    en: 'Measures what visitors from our Pinterest ads do here and shows ads to people who visited the site.',
    da: 'Måler, hvad besøgende fra vores Pinterest-annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
  },
  privacyUrl: 'https://policy.pinterest.com/privacy-policy',
  cookies: [
    { name: '_pin_unauth', lifetime: 'P1Y', purpose: id },
    {
      name: '_epik',
      lifetime: 'P1Y',
      purpose: {
        sv: 'Sparar id för klick på en annons',
        en: 'Stores the id of an ad click',
        da: 'Gemmer id for et annonceklik',
      },
    },
    { name: '_derived_epik', lifetime: 'P1Y', purpose: id },
  ],
};
