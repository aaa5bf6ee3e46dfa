/**
 * cookiegate: cookie consent and script gating. The public API of the ESM build;
 * the script-tag build exposes the same functions as `window.cookiegate`.
 */
export { init } from '../core/init';
export { accepted, acceptAll, rejectAll, save, reset, getConsent, onChange, consent, receipt } from '../core/api';
export type { ChangeListener } from '../core/api';
export type { DecisionContext } from '../core/types';
export { getConfig } from '../core/api';
export { showBanner, showPreferences } from '../core/launcher';
export type { CookiegateApi, UiHandle, UiMount } from '../core/launcher';
export type { InitOptions } from '../core/init';
export { validateConfig } from '../core/messages';
export { fingerprint } from '../core/fingerprint';
export type { ValidationResult } from '../core/messages';
export type { ConsentState } from '../core/state';
export type {
  CookiegateConfig,
  CategoryConfig,
  ServiceConfig,
  CookieDeclaration,
  ConsentCookieOptions,
  LocalText,
  UiOptions,
} from '../core/config';
