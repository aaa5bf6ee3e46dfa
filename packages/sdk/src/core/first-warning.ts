/**
 * The warning that cookiegate.js is not the first script (see blocker/early.ts, which
 * notices it in the head script): worded here, in the lazily loaded messages, so that every
 * page view does not pay for it.
 */
import { JS } from '../blocker/dom';
import type { Problem } from './check';
import { ready } from './dom';

/**
 * What ran or loaded before `me`: the scripts before it in the document (their `src`, or
 * the start of their text) and `fetched` URLs, less those of scripts written after it (the
 * browser's preload scanner fetches those early; cookiegate still holds them).
 *
 * @example
 * before(document.currentScript!, []); // ['https://tracker.example/t.js', 'inline: window.x = 1']
 */
export function before(me: Element, fetched: string[]): string[] {
  const all = [...document.scripts];
  const i = all.indexOf(me as HTMLScriptElement);
  const later = all.slice(i + 1).map((s) => s.src);
  const early = all
    .slice(0, i)
    .filter((s) => JS.test(s.type))
    .map((s) => s.src || 'inline: ' + s.text.trim().slice(0, 40));
  return [...new Set([...early, ...fetched.filter((u) => !later.includes(u))])];
}

/**
 * Prints the warning once the document is parsed (to tell early fetches of later scripts
 * apart), if anything is left to name. `p.got` is cookiegate's script element, then the
 * URLs fetched before it ran.
 *
 * @example
 * warnNotFirst({ path: 'cookiegate.js', code: 'first', got: [script, 'https://tracker.example/t.js'], w: 1 });
 */
export function warnNotFirst(p: Problem): void {
  const [me, ...fetched] = p.got as [Element, ...string[]];
  ready(() => {
    const names = before(me, fetched);
    if (names.length)
      console.warn(
        '[cookiegate] cookiegate.js is not the first script; these ran or loaded before it, unchecked: ' +
          names.join(', ') +
          '. Put cookiegate.js first in <head>, right after its config.',
      );
  });
}
