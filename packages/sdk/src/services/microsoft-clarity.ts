/**
 * Microsoft Clarity (heatmaps and session recordings). Tag from www.clarity.ms/tag/<id>,
 * recorder from scripts.clarity.ms, uploads to <letter>.clarity.ms/collect, an id sync pixel
 * to c.bing.com. Consent: `clarity('consentv2', { ad_Storage, analytics_Storage })` with
 * that casing (learn.microsoft.com/clarity/clarity-consent-api-v2, read December 2026;
 * required for EEA/UK/CH visits since 31 October 2025); wired in core/vendor-consent.ts.
 * Cookies: learn.microsoft.com/clarity/setup-and-installation/cookie-list; ⚠️ the lifetimes
 * of the third-party cookies (MUID, CLID, ANONCHK, SM, MR) are as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Microsoft Ireland Operations Ltd',
  title: 'Microsoft Clarity',
  category: 'analytics',
  hosts: ['clarity.ms', 'c.bing.com'],
  cookies: ['_clck', '_clsk'],
};

export const info: PresetInfo = {
  purpose: {
    sv: 'Värmekartor och inspelning av besök',
    en: 'Heatmaps and session recording',
    da: 'Heatmaps og optagelse af besøg',
  },
  description: {
    sv: 'Spelar in hur besökare rör sig, scrollar och klickar (inmatade uppgifter maskeras) och visar det som värmekartor, så att vi ser vad som krånglar.',
    en: 'Records how visitors move, scroll and click (typed data is masked) and shows it as heatmaps, so that we see what gets in the way.',
    da: 'Optager, hvordan besøgende bevæger sig, scroller og klikker (indtastede data maskeres), og viser det som heatmaps, så vi kan se, hvad der driller.',
  },
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    {
      name: '_clck',
      lifetime: 'P1Y',
      purpose: {
        sv: 'Besökar-id och inställningar för Clarity',
        en: 'Visitor id and settings for Clarity',
        da: 'Besøgs-id og indstillinger til Clarity',
      },
    },
    {
      name: '_clsk',
      lifetime: 'P1D',
      purpose: {
        sv: 'Kopplar ihop sidvisningar till en inspelning',
        en: 'Joins page views into one recording',
        da: 'Samler sidevisninger til én optagelse',
      },
    },
    {
      name: 'CLID',
      lifetime: 'P1Y',
      domain: '.clarity.ms',
      purpose: {
        sv: 'Känner igen webbläsaren på flera webbplatser med Clarity',
        en: 'Recognises the browser across sites using Clarity',
        da: 'Genkender browseren på tværs af websteder med Clarity',
      },
    },
    {
      name: 'MUID',
      lifetime: 'P1Y',
      domain: '.clarity.ms',
      purpose: {
        sv: 'Microsofts id för webbläsaren',
        en: 'Microsoft’s id for the browser',
        da: 'Microsofts id for browseren',
      },
    },
  ],
};
