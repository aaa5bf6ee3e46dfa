// Build: rollup.config.mjs (onlyLanguage) rewrites this file per UI file: the { sv, en, da } texts keep
// one language, and in cookiegate-ui-<lang>.js an info object keeps only its vendor and title.
/**
 * Magento 2 / Adobe Commerce: first-party cookies and storage of the shop itself
 * ("Cookies in Magento" reference and Magento source). PHPSESSID is HttpOnly: the page
 * cannot delete it. ⚠️ mage-cache-sessid, mage-messages and store lifetimes are unverified.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

// Necessary: never withdrawn, so nothing to clean up and no host to block. The cookie
// table's list is in `info`.
export const blocking: PresetBlocking = {
  vendor: 'Adobe (Magento Open Source), run by the shop',
  title: 'Magento',
  category: 'necessary',
};

const session = {
  sv: 'Din session i butiken (varukorg, inloggning)',
  en: 'Your session in the shop (cart, login)',
  da: 'Din session i butikken (kurv, login)',
};

export const info: PresetInfo = {
  purpose: { sv: 'Webbutikens grundfunktioner', en: 'The shop’s basic functions', da: 'Webshoppens grundfunktioner' },
  description: {
    sv: 'Behövs för varukorg, kassa, inloggning och språkval. Kan inte stängas av.',
    en: 'Needed for the cart, checkout, login and language choice. Cannot be switched off.',
    da: 'Nødvendig for kurv, kasse, login og sprogvalg. Kan ikke slås fra.',
  },
  privacyUrl: 'https://www.adobe.com/privacy/policy.html',
  cookies: [
    { name: 'PHPSESSID', lifetime: 'PT1H', purpose: session },
    {
      name: 'form_key',
      lifetime: 'P1D',
      purpose: {
        sv: 'Skydd mot förfalskade formulär',
        en: 'Protects against forged forms',
        da: 'Beskytter mod forfalskede formularer',
      },
    },
    {
      name: 'X-Magento-Vary',
      lifetime: 'PT1H',
      purpose: {
        sv: 'Rätt cachad sida för din session',
        en: 'The right cached page for your session',
        da: 'Den rigtige cachede side til din session',
      },
    },
    // The 10-year lifetime is Magento's (COOKIE_PERIOD); excessive, and shown as such.
    {
      name: 'private_content_version',
      lifetime: 'P10Y',
      purpose: {
        sv: 'Uppdaterar varukorg och konto på sidan',
        en: 'Refreshes cart and account on the page',
        da: 'Opdaterer kurv og konto på siden',
      },
    },
    { name: 'mage-cache-sessid', lifetime: 'session', purpose: session },
    {
      name: 'mage-cache-storage',
      lifetime: 'P10Y',
      storage: 'local',
      purpose: {
        sv: 'Varukorg och konto i webbläsaren',
        en: 'Cart and account in the browser',
        da: 'Kurv og konto i browseren',
      },
    },
    {
      name: 'mage-messages',
      lifetime: 'P1Y',
      purpose: { sv: 'Meddelanden till dig', en: 'Messages to you', da: 'Beskeder til dig' },
    },
  ],
};
