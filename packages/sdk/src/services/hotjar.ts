/**
 * Hotjar (heatmaps, recordings, surveys): hotjar-<id>.js from static.hotjar.com, the
 * recorder from script.hotjar.com, data to *.hotjar.com and *.hotjar.io (content, metrics,
 * a WebSocket to ws.hotjar.com). No consent API (⚠️ none found): blocked until granted.
 * Cookies from Hotjar's "Cookies set by the Hotjar tracking code" (_hjSessionUser_<site>
 * 365 days, _hjSession_<site> 30 minutes, the rest session-long tests and flags).
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Hotjar Ltd',
  title: 'Hotjar',
  category: 'analytics',
  hosts: ['hotjar.com', 'hotjar.io'],
  cookies: ['_hj*'],
  storage: ['_hj*', 'hjViewportId', 'hjActiveViewportIds'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: [
    { name: '_hjSessionUser_*', lifetime: 'P365D' },
    { name: '_hjSession_*', lifetime: 'PT30M' },
    { name: '_hj*', lifetime: 'session' },
  ],
};
