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

export const info: PresetInfo = {
  privacyUrl: 'https://www.adobe.com/privacy/policy.html',
  cookies: [
    { name: 'PHPSESSID', lifetime: 'PT1H' },
    { name: 'form_key', lifetime: 'P1D' },
    { name: 'X-Magento-Vary', lifetime: 'PT1H' },
    // The 10-year lifetime is Magento's (COOKIE_PERIOD); excessive, and shown as such.
    { name: 'private_content_version', lifetime: 'P10Y' },
    { name: 'mage-cache-sessid', lifetime: 'session' },
    { name: 'mage-cache-storage', lifetime: 'P10Y', storage: 'local' },
    { name: 'mage-messages', lifetime: 'P1Y' },
  ],
};
