/**
 * Vimeo embeds (<iframe src="https://player.vimeo.com/video/…">), player assets from
 * f.vimeocdn.com and i.vimeocdn.com. The player sets vuid (2 years, Vimeo's analytics id)
 * and Cloudflare's __cf_bm on .vimeo.com, in a third-party frame: the page cannot delete
 * them, so they are listed for the cookie table only (vimeo.com/cookie_policy; ⚠️ lifetimes
 * as commonly cited). With `"facade": true` each embed shows a click-to-load placeholder.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Vimeo.com, Inc.',
  title: 'Vimeo',
  category: 'marketing',
  hosts: ['vimeo.com', 'vimeocdn.com'],
};

export const info: PresetInfo = {
  purpose: { sv: 'Inbäddade videor', en: 'Embedded videos', da: 'Indlejrede videoer' },
  description: {
    sv: 'Visar videor från Vimeo på våra sidor. Vimeo kan känna igen din webbläsare och mäta hur videorna ses.',
    en: 'Shows Vimeo videos on our pages. Vimeo may recognise your browser and measure how the videos are watched.',
    da: 'Viser Vimeo-videoer på vores sider. Vimeo kan genkende din browser og måle, hvordan videoerne ses.',
  },
  privacyUrl: 'https://vimeo.com/privacy',
  cookies: [
    {
      name: 'vuid',
      lifetime: 'P2Y',
      domain: '.vimeo.com',
      purpose: {
        sv: 'Vimeos id för webbläsaren, för statistik',
        en: 'Vimeo’s browser id, for statistics',
        da: 'Vimeos id for browseren, til statistik',
      },
    },
    {
      name: '__cf_bm',
      lifetime: 'PT30M',
      domain: '.vimeo.com',
      purpose: {
        sv: 'Skiljer människor från robotar',
        en: 'Tells people from bots',
        da: 'Skelner mennesker fra robotter',
      },
    },
  ],
};
