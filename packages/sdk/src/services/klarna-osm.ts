/**
 * Klarna On-site Messaging ("Pay in 3" placements) through the Klarna Web SDK
 * (js.klarna.com/web-sdk/, with data-client-id) or the older library
 * (*.klarnaservices.com/lib.js); events to *.klarnaevt.com. Klarna's documentation says the
 * merchant must inform and obtain consent before the tracking technologies run (✅): blocked
 * until granted. Only the Web SDK path of js.klarna.com is the preset's: Klarna's payment
 * widgets at checkout are another service. ⚠️ Cookie and storage names are not verified in
 * Klarna's documentation (read from a browser's storage on shops that use it).
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Klarna Bank AB (publ)',
  title: 'Klarna On-site Messaging',
  category: 'marketing',
  hosts: ['js.klarna.com/web-sdk/', 'klarnaservices.com', 'klarnaevt.com'],
  cookies: ['__klarna_sdk_*', '_klarna_*'],
  storage: ['__klarna_sdk_*', 'klarna-*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.klarna.com/international/privacy-policy/',
  cookies: [{ name: '__klarna_sdk_*', lifetime: 'P1Y' }],
};
