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
  purpose: {
    sv: 'Värmekartor, inspelning av besök och enkäter',
    en: 'Heatmaps, session recording and surveys',
    da: 'Heatmaps, optagelse af besøg og spørgeskemaer',
  },
  description: {
    sv: 'Spelar in hur besökare rör sig och klickar (inmatade uppgifter maskeras) och visar korta enkäter, så att vi förstår vad som behöver bli bättre.',
    en: 'Records how visitors move and click (typed data is masked) and shows short surveys, so that we understand what needs improving.',
    da: 'Optager, hvordan besøgende bevæger sig og klikker (indtastede data maskeres), og viser korte spørgeskemaer, så vi forstår, hvad der skal forbedres.',
  },
  privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: [
    {
      name: '_hjSessionUser_*',
      lifetime: 'P365D',
      purpose: {
        sv: 'Känner igen besökaren vid nästa besök',
        en: 'Recognises the visitor on the next visit',
        da: 'Genkender den besøgende ved næste besøg',
      },
    },
    {
      name: '_hjSession_*',
      lifetime: 'PT30M',
      purpose: {
        sv: 'Håller ihop det pågående besöket',
        en: 'Keeps the current visit together',
        da: 'Holder det igangværende besøg sammen',
      },
    },
    {
      name: '_hj*',
      lifetime: 'session',
      purpose: {
        sv: 'Tester och inställningar under besöket',
        en: 'Tests and settings during the visit',
        da: 'Test og indstillinger under besøget',
      },
    },
  ],
};
