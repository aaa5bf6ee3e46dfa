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
  privacyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  cookies: [
    { name: '__zlcmid', lifetime: 'P365D' },
    { name: '__zlcprivacy', lifetime: 'P365D' },
    { name: 'ZD-*', lifetime: 'session', storage: 'session' },
  ],
};
