/** The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. */
import { loadSibling } from '../core/chunk';
import type { Core } from '../core/types';

export { decide, cleanStale, reprompt, retry } from '../core/decide';

declare global {
  interface Window {
    /** Set by cookiegate-receipt.js. */
    cookiegateReceipt?: typeof import('./cookiegate-receipt');
  }
}

/** The receipt and its gossip check come with `cookiegate-receipt.js`, only when asked for. */
export const receipt = (core: Core) =>
  loadSibling('cookiegate-receipt.js').then(() => window.cookiegateReceipt!.receipt(core));
