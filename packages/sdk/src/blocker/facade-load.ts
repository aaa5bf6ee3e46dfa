/**
 * The script-tag build's stand-in for facade-button.ts (swapped in by
 * rollup.config.mjs): the button's code comes from `cookiegate-chat.js` next to
 * cookiegate.js, loaded only on a page that shows it.
 */
import { loadSibling } from '../core/chunk';
import { fail } from '../core/dom';

declare global {
  interface Window {
    /** Set by cookiegate-chat.js. */
    cookiegateChat?: typeof import('./facade-button');
  }
}

export const chatButton = (language: string, onClick: () => void): Promise<void> =>
  loadSibling('cookiegate-chat.js')
    .then(() => window.cookiegateChat!.chatButton(language, onClick))
    .catch(fail);
