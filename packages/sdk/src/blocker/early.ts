/**
 * cookiegate must run first: whatever ran or loaded before it went unchecked. The head
 * script only notices it, cheaply (every page view pays for it): a script before
 * cookiegate's own in the document, or a configured service's file the browser had already
 * fetched. The warning that names them (core/first-warning.ts) comes with
 * cookiegate-messages.js, which the script-tag build loads only when there is something to say.
 */
import { JS } from './dom';
import type { Problem } from '../core/check';

/**
 * A warning when scripts ran before `me` or `owned` claims a URL fetched before now; its
 * `got` is `me` and those URLs.
 *
 * @example
 * const p = early((url) => url.hostname == 'tracker.example');
 * if (p) report([p]); // "[cookiegate] cookiegate.js: not the first script; ... https://tracker.example/t.js"
 */
export function early(owned: (url: URL) => boolean, me = document.currentScript): Problem | undefined {
  const got = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => owned(new URL(u)));
  const all = [...document.scripts];
  if (me && (got.length || all.slice(0, all.indexOf(me as HTMLScriptElement)).some((s) => JS.test(s.type))))
    return { path: 'cookiegate.js', code: 'first', got: [me, ...got], w: 1 };
}
