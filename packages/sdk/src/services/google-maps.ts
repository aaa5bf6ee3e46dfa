/**
 * Google Maps embeds (<iframe src="https://www.google.com/maps/embed?pb=…">) and the Maps
 * JavaScript API (maps.googleapis.com, maps.gstatic.com). www.google.com serves much else
 * (reCAPTCHA, Google Ads' /pagead), hence the path rules: a shop that also loads reCAPTCHA
 * gives it a service with its own path rule (`google.com/recaptcha/`). NID (6 months) is set
 * on .google.com in a third-party frame: listed for the cookie table only
 * (policies.google.com/technologies/cookies). With `"facade": true` each embed shows a
 * click-to-load placeholder.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Maps',
  category: 'marketing',
  hosts: ['google.com/maps', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
};

export const info: PresetInfo = {
  purpose: { sv: 'Inbäddade kartor', en: 'Embedded maps', da: 'Indlejrede kort' },
  description: {
    sv: 'Visar kartor från Google, till exempel vägen till vår butik. Google kan känna igen dig och använda uppgifterna för annonser.',
    en: 'Shows maps from Google, such as the way to our store. Google may recognise you and use the data for ads.',
    da: 'Viser kort fra Google, for eksempel vejen til vores butik. Google kan genkende dig og bruge oplysningerne til annoncer.',
  },
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    {
      name: 'NID',
      lifetime: 'P6M',
      domain: '.google.com',
      purpose: {
        sv: 'Sparar Googles inställningar och används för annonser',
        en: 'Stores Google’s settings and is used for ads',
        da: 'Gemmer Googles indstillinger og bruges til annoncer',
      },
    },
  ],
};
