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
  purpose: {
    sv: 'Nyhetsbrev och e-postmarknadsföring',
    en: 'Newsletters and email marketing',
    da: 'Nyhedsbreve og e-mailmarkedsføring',
  },
  description: {
    sv: 'Visar formulär för vårt nyhetsbrev och kopplar dina besök till ditt e-postkonto hos oss, så att utskicken handlar om det du tittat på.',
    en: 'Shows our newsletter sign-up forms and links your visits to your email profile with us, so that our emails are about what you looked at.',
    da: 'Viser tilmeldingsformularer til vores nyhedsbrev og forbinder dine besøg med din e-mailprofil hos os, så vores mails handler om det, du har kigget på.',
  },
  privacyUrl: 'https://www.klaviyo.com/legal/privacy',
  cookies: [
    {
      name: '__kla_id',
      lifetime: 'P2Y',
      purpose: {
        sv: 'Kopplar besöken till din e-postprofil',
        en: 'Links visits to your email profile',
        da: 'Forbinder besøg med din e-mailprofil',
      },
    },
    {
      name: 'klaviyoOnsite',
      lifetime: 'P2Y',
      storage: 'local',
      purpose: {
        sv: 'Vilka formulär som redan visats',
        en: 'Which forms have been shown',
        da: 'Hvilke formularer der allerede er vist',
      },
    },
  ],
};
