/**
 * Puts an entry first in a vendor's command queue (`fbq.queue`, `pintrk.queue`, `ttq`,
 * `uetq`), so that the vendor's script, when it loads and replays the queue, reads the
 * visitor's consent state before the snippet's `init`/`load` and first event. The presets'
 * consent code runs from cookiegate-presets.js, after snippets higher up the page may
 * have queued their commands, but always before a vendor script can load (the blocker
 * lets nothing third-party through until the presets are in). A queue that does not exist
 * yet is caught as the snippet creates it: each trap turns itself back into a plain
 * property on first write.
 */
const trap = (o: object, key: string, set: (v: never) => void) =>
  Object.defineProperty(o, key, {
    configurable: true,
    set(v: never) {
      Object.defineProperty(o, key, { value: v, writable: true, configurable: true });
      set(v);
    },
  });

type W = Record<string, { queue?: unknown[] } | undefined>;

/**
 * Puts `entry()` first in `window[name].queue` (a function with a queue: Meta, Pinterest).
 *
 * @example
 * queueFirst('fbq', () => ['consent', 'revoke']);
 */
export function queueFirst(name: string, entry: () => unknown[]): void {
  const f = (window as unknown as W)[name];
  if (f?.queue) f.queue.unshift(entry());
  else if (!f) trap(window, name, (f: object) => trap(f, 'queue', (q: unknown[]) => q.unshift(entry())));
}
