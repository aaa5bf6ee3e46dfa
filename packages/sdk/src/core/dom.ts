/**
 * Small helpers several head-script modules share, written once to keep cookiegate.js small.
 */

/** Runs `f` once the document is parsed: now, or on DOMContentLoaded. */
export const ready = (f: (e?: Event) => void): unknown =>
  document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', f) : f();

/** Logs an error that must not stop the rest (a failed chunk, a throwing gated script). */
export const fail = (e: unknown): void => console.error('[cookiegate]', e);
