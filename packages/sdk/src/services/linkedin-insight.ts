/**
 * LinkedIn Insight Tag: insight.min.js from snap.licdn.com/li.lms-analytics/ (licdn.com is
 * LinkedIn's CDN for much else, hence the path), beacons to px.ads.linkedin.com and
 * www.linkedin.com/px/. No consent API (🟡): blocked until granted. Cookies from LinkedIn's
 * Cookie Table (li_fat_id 30 days first party; bcookie, lidc, UserMatchHistory,
 * AnalyticsSyncHistory on .linkedin.com); ⚠️ li_giant and lifetimes as commonly cited.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'LinkedIn Ireland Unlimited Company',
  title: 'LinkedIn Insight Tag',
  category: 'marketing',
  hosts: ['snap.licdn.com/li.lms-analytics/', 'px.ads.linkedin.com', 'linkedin.com/px/'],
  cookies: ['li_fat_id', 'li_giant'],
};

const click = {
  sv: 'Kopplar ett klick på en annons till ett köp',
  en: 'Links an ad click to a purchase',
  da: 'Forbinder et annonceklik med et køb',
};

export const info: PresetInfo = {
  purpose: { sv: 'Annonsering på LinkedIn', en: 'Advertising on LinkedIn', da: 'Annoncering på LinkedIn' },
  description: {
    sv: 'Mäter vad besökare från våra LinkedIn-annonser gör här och visar annonser för LinkedIn-medlemmar som besökt webbplatsen.',
    en: 'Measures what visitors from our LinkedIn ads do here and shows ads to LinkedIn members who visited the site.',
    da: 'Måler, hvad besøgende fra vores LinkedIn-annoncer gør her, og viser annoncer til LinkedIn-medlemmer, der har besøgt hjemmesiden.',
  },
  privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: [
    { name: 'li_fat_id', lifetime: 'P30D', purpose: click },
    { name: 'li_giant', lifetime: 'P7D', purpose: click },
    {
      name: 'bcookie',
      lifetime: 'P1Y',
      domain: '.linkedin.com',
      purpose: {
        sv: 'LinkedIns id för webbläsaren',
        en: 'LinkedIn’s id for the browser',
        da: 'LinkedIns id for browseren',
      },
    },
    {
      name: 'lidc',
      lifetime: 'P1D',
      domain: '.linkedin.com',
      purpose: {
        sv: 'Väljer LinkedIns datacenter',
        en: 'Picks LinkedIn’s data centre',
        da: 'Vælger LinkedIns datacenter',
      },
    },
    {
      name: 'UserMatchHistory',
      lifetime: 'P30D',
      domain: '.linkedin.com',
      purpose: {
        sv: 'Matchar besökaren för annonser',
        en: 'Matches the visitor for ads',
        da: 'Matcher den besøgende til annoncer',
      },
    },
  ],
};
