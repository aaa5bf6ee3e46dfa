/** The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. */
import { loadSibling } from '../core/chunk';
import type { Core } from '../core/types';
import { writer } from '../core/writer';

declare global {
  interface Window {
    /** Set by cookiegate-proof.js. */
    cookiegateProof?: typeof import('./cookiegate-proof');
    /** Set by cookiegate-receipt.js. */
    cookiegateReceipt?: typeof import('./cookiegate-receipt');
    /** Set by cookiegate-reprompt.js. */
    cookiegateReprompt?: typeof import('./cookiegate-reprompt');
  }
}

/** The proof path comes with `cookiegate-proof.js`, only where `proofEndpoint` is set, after a decision is applied. */
const w = writer(() => loadSibling('cookiegate-proof.js').then(() => window.cookiegateProof!));

export const { decide, cleanStale, retry } = w;

/** The receipt and its gossip check come with `cookiegate-receipt.js`, only when asked for. */
export const receipt = (core: Core) =>
  loadSibling('cookiegate-receipt.js').then(() => window.cookiegateReceipt!.receipt(core));

/** A re-prompt's planning comes with `cookiegate-reprompt.js`, only after a raised revision. */
export const reprompt = (core: Core) =>
  loadSibling('cookiegate-reprompt.js').then(() =>
    w.applyReprompt(core, window.cookiegateReprompt!.stalePlan(core.config, core.previousId!)),
  );
