// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * YouTube embeds (<iframe src="https://www.youtube.com/embed/…">). The player sets its
 * cookies (YSC, VISITOR_INFO1_LIVE, …) on .youtube.com, in a third-party frame: the page
 * cannot delete them, so they are listed for the cookie table only. ⚠️ lifetimes from
 * Google's cookie list as commonly cited (YSC session, VISITOR_INFO1_LIVE 180 days).
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'YouTube',
  category: 'marketing',
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
};

export const info: PresetInfo = {
  purpose: { sv: 'Inbäddade videor', en: 'Embedded videos', da: 'Indlejrede videoer' },
  description: {
    sv: 'Visar videor från YouTube på våra sidor. YouTube kan känna igen dig och visa annonser.',
    en: 'Shows YouTube videos on our pages. YouTube may recognise you and show ads.',
    da: 'Viser YouTube-videoer på vores sider. YouTube kan genkende dig og vise annoncer.',
  },
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [
    {
      name: 'YSC',
      lifetime: 'session',
      domain: '.youtube.com',
      purpose: { sv: 'Räknar visningar', en: 'Counts views', da: 'Tæller visninger' },
    },
    {
      name: 'VISITOR_INFO1_LIVE',
      lifetime: 'P180D',
      domain: '.youtube.com',
      purpose: {
        sv: 'Mäter bandbredd och känner igen besökaren',
        en: 'Measures bandwidth and recognises the visitor',
        da: 'Måler båndbredde og genkender den besøgende',
      },
    },
  ],
};
