/**
 * Google Maps embeds (<iframe src="https://www.google.com/maps/embed?pb=…">) and the Maps
 * JavaScript API (maps.googleapis.com, maps.gstatic.com). www.google.com serves much else
 * (reCAPTCHA, Google Ads' /pagead), hence the path rules: a shop that also loads reCAPTCHA
 * gives it a service with its own path rule (`google.com/recaptcha/`). NID (6 months) is set
 * on .google.com in a third-party frame: listed for the cookie table only
 * (policies.google.com/technologies/cookies). With `"facade": true` each embed shows a
 * click-to-load placeholder.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'Google Ireland Ltd',
  title: 'Google Maps',
  category: 'marketing',
  hosts: ['google.com/maps', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://policies.google.com/privacy',
  cookies: [{ name: 'NID', lifetime: 'P6M', domain: '.google.com' }],
};
