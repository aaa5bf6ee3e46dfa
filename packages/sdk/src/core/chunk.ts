/**
 * Loads a sibling file of the script-tag build (`cookiegate-ui.js` next to
 * `cookiegate.js`) with the same nonce, so that it works under a strict CSP.
 */
const self = document.currentScript as HTMLScriptElement | null;

/**
 * @example
 * loadSibling('cookiegate-messages.js').then(() => window.cookiegateMessages.printProblems(p));
 */
export function loadSibling(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL(file, self?.src || location.href).href;
    if (self?.nonce) s.nonce = self.nonce;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('could not load ' + s.src));
    document.head.appendChild(s);
  });
}

/**
 * What the head script lends a file it loads (the write path, `cookiegate-decide.js`): its own
 * functions, handed over as arguments (as `core` is to the write path's calls), so that the
 * loaded file carries no second copy of them. A list rather than an object: its names would
 * be bytes of the head script, which every page view pays for. The ESM build bundles the
 * write path and hands it the same functions (decide.ts).
 *
 * @example
 * const writer = window.cookiegateDecide!(loadSibling, consentTypes, AD);
 */
export type Head = [
  /** Loads a sibling file (`loadSibling`). */
  load: typeof loadSibling,
  /** Consent Mode's categories per type, for GPC's rule (gpc.ts). */
  consentTypes: typeof import('./consent-mode').consentTypes,
  /** Consent Mode's advertising types. */
  AD: typeof import('./consent-mode').AD,
];
