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
