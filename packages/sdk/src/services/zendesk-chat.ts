// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Zendesk Chat / Web Widget. __zlcmid (365 days, visitor id for the widget) and
 * __zlcprivacy: support.zendesk.com/hc/en-us/articles/4408828505754. Hosts: Zendesk's CSP
 * guides (static.zdassets.com, ekr.zendesk.com, *.zendesk.com, *.zopim.com, v2assets.zopim.io,
 * smooch.io, *.zdusercontent.com). ⚠️ zdVisitorId and ZD-* storage are from secondary sources.
 *
 * The widget sets its 365-day visitor id as soon as it loads, so `facade: true` shows a
 * chat button instead and loads the widget only when the visitor asks for it.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Zendesk Inc.',
  title: 'Zendesk Chat',
  category: 'necessary',
  hosts: ['zdassets.com', 'zendesk.com', 'zopim.com', 'zopim.io', 'smooch.io', 'zdusercontent.com'],
  cookies: ['__zlcmid', '__zlcprivacy', 'zdVisitorId'],
  storage: ['ZD-*'],
};

export const info: PresetInfo = {
  purpose: { sv: 'Kundtjänstchatt', en: 'Customer service chat', da: 'Kundeservicechat' },
  description: {
    sv: 'Chatten där du kan ställa frågor till vår kundtjänst. Laddas först när du öppnar den.',
    en: 'The chat where you can ask our customer service questions. Loads only when you open it.',
    da: 'Chatten, hvor du kan stille spørgsmål til vores kundeservice. Indlæses først, når du åbner den.',
  },
  privacyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  cookies: [
    {
      name: '__zlcmid',
      lifetime: 'P365D',
      purpose: { sv: 'Besökar-id för chatten', en: 'Visitor id for the chat', da: 'Besøgs-id til chatten' },
    },
    {
      name: '__zlcprivacy',
      lifetime: 'P365D',
      purpose: {
        sv: 'Sparar chattens cookieval',
        en: 'Stores the chat’s cookie choice',
        da: 'Gemmer chattens cookievalg',
      },
    },
    {
      name: 'ZD-*',
      lifetime: 'session',
      storage: 'session',
      purpose: { sv: 'Chattens tillstånd', en: 'The chat’s state', da: 'Chattens tilstand' },
    },
  ],
};
