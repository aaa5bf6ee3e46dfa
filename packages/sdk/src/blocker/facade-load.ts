/**
 * The script-tag build's stand-in for facade-button.ts (swapped in by
 * rollup.config.mjs): the chat button's and the embed placeholder's code comes from
 * `cookiegate-chat.js` next to cookiegate.js, loaded only on a page that shows one.
 */
import { loadSibling } from '../core/chunk';
import { fail } from '../core/dom';

type Facades = typeof import('./facade-button');

declare global {
  interface Window {
    /** Set by cookiegate-chat.js. */
    cookiegateChat?: Facades;
  }
}

const later =
  <K extends 'chatButton' | 'placeholder'>(name: K) =>
  (...a: Parameters<Facades[K]>): Promise<void> =>
    loadSibling('cookiegate-chat.js')
      .then(() => (window.cookiegateChat![name] as (...a: unknown[]) => void)(...a))
      .catch(fail);

export const chatButton = later('chatButton');
export const placeholder = later('placeholder');
