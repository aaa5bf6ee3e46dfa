/**
 * The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. The
 * head script calls it with what it lends (`Head`, core/chunk.ts): its loader of sibling files
 * and Consent Mode's types.
 */
import type { Head } from '../core/chunk';
import type { Core, Writer } from '../core/types';
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

/**
 * The write path over the head's loader.
 *
 * @example
 * const w = window.cookiegateDecide!(loadSibling, consentTypes, AD);
 */
export default (...[load, consentTypes, AD]: Head): Writer => {
  /** The proof path comes with `cookiegate-proof.js`, only where `proofEndpoint` is set, after a decision is applied. */
  const w = writer(() => load('cookiegate-proof.js').then(() => window.cookiegateProof!), { consentTypes, AD });
  return {
    ...w,
    /** The receipt and its gossip check come with `cookiegate-receipt.js`, only when asked for. */
    receipt: (core: Core) => load('cookiegate-receipt.js').then(() => window.cookiegateReceipt!.receipt(core)),
    /** A re-prompt's planning comes with `cookiegate-reprompt.js`, only after a raised revision. */
    reprompt: (core: Core) =>
      load('cookiegate-reprompt.js').then(() =>
        w.applyReprompt(core, window.cookiegateReprompt!.stalePlan(core.config, core.previousId!)),
      ),
  };
};
