/**
 * Microsoft Advertising Universal Event Tracking (UET): bat.js from bat.bing.com, events to
 * bat.bing.com/action/0. Consent mode: `uetq.push('consent', 'default', { ad_storage })`
 * before the tag loads and `'update'` after a decision (Microsoft Advertising help "UET
 * consent mode"; required for EEA/UK/CH traffic since 5 May 2025 🟡, not read in a Microsoft
 * page here); wired in core/vendor-consent.ts. Cookies _uetsid (1 day) and _uetvid
 * (13 months) from Microsoft's UET help; ⚠️ _uetmsclkid's 90 days is from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Microsoft Ireland Operations Ltd',
  title: 'Microsoft Advertising',
  category: 'marketing',
  hosts: ['bat.bing.com', 'bat.bing.net'],
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid'],
  storage: ['_uetsid*', '_uetvid*'],
};

const click = {
  sv: 'Sparar id för klick på en Bing-annons',
  en: 'Stores the id of a Bing ad click',
  da: 'Gemmer id for et klik på en Bing-annonce',
};

export const info: PresetInfo = {
  purpose: {
    sv: 'Annonsering på Bing och konverteringsmätning',
    en: 'Advertising on Bing and conversion measurement',
    da: 'Annoncering på Bing og konverteringsmåling',
  },
  description: {
    sv: 'Mäter vilka annonser på Bing och i Microsofts nätverk som leder till köp och visar våra annonser för besökare som varit här tidigare.',
    en: 'Measures which ads on Bing and Microsoft’s network lead to purchases and shows our ads to people who visited before.',
    da: 'Måler, hvilke annoncer på Bing og i Microsofts netværk der fører til køb, og viser vores annoncer til besøgende, der har været her før.',
  },
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    {
      name: '_uetsid',
      lifetime: 'P1D',
      purpose: {
        sv: 'Känner igen besöket för annonsmätning',
        en: 'Recognises the visit for ad measurement',
        da: 'Genkender besøget til annoncemåling',
      },
    },
    {
      name: '_uetvid',
      lifetime: 'P13M',
      purpose: {
        sv: 'Känner igen webbläsaren för annonsmätning',
        en: 'Recognises the browser for ad measurement',
        da: 'Genkender browseren til annoncemåling',
      },
    },
    { name: '_uetmsclkid', lifetime: 'P90D', purpose: click },
    {
      name: 'MUID',
      lifetime: 'P1Y',
      domain: '.bing.com',
      purpose: {
        sv: 'Microsofts id för webbläsaren',
        en: 'Microsoft’s id for the browser',
        da: 'Microsofts id for browseren',
      },
    },
  ],
};
