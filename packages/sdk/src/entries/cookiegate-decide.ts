/** The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. */
import { loadSibling } from '../core/chunk';
import type { Core } from '../core/types';

import { applyReprompt } from '../core/decide';

export { decide, cleanStale, retry } from '../core/decide';

declare global {
  interface Window {
    /** Set by cookiegate-receipt.js. */
    cookiegateReceipt?: typeof import('./cookiegate-receipt');
    /** Set by cookiegate-reprompt.js. */
    cookiegateReprompt?: typeof import('./cookiegate-reprompt');
  }
}

/** The receipt and its gossip check come with `cookiegate-receipt.js`, only when asked for. */
export const receipt = (core: Core) =>
  loadSibling('cookiegate-receipt.js').then(() => window.cookiegateReceipt!.receipt(core));

/** A re-prompt's planning comes with `cookiegate-reprompt.js`, only after a raised revision. */
export const reprompt = (core: Core) =>
  loadSibling('cookiegate-reprompt.js').then(() =>
    applyReprompt(core, window.cookiegateReprompt!.stalePlan(core.config, core.previousId!)),
  );
