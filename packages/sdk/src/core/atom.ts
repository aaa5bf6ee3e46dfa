/**
 * The head script's store: the part of nanostores' `atom` that the script-tag build uses (`get`,
 * `set`, `listen`; the write path gets it too), hand-written because every page view pays for
 * the head (nanostores' atom is 349 B brotli there, this about 180). Only the script-tag build uses it
 * (rollup.config.mjs, tinyStore, puts it where `api.ts` imports nanostores); the ESM build's
 * `consent` stays a real nanostores store. As in nanostores, a `set` inside a listener
 * notifies after the listeners of the current change, listeners get the value and the
 * one before, and an error in one listener is rethrown once the others have run.
 */
import type { WritableAtom } from 'nanostores';

type Listener<T> = (value: T, previous: T) => void;

// Changes waiting to be announced, in order (nanostores' listenerQueue).
const queue: (() => void)[] = [];

/**
 * A store holding one value.
 *
 * @example
 * const $state = atom<ConsentState | null>(null);
 * $state.listen((c, prev) => console.log(c, prev));
 * $state.set(state);
 */
export function atom<T>(value: T): WritableAtom<T> {
  let listeners: Listener<T>[] = [];
  const $ = {
    value,
    get: () => $.value,
    set(next: T) {
      const prev = $.value;
      if (Object.is(prev, next)) return;
      $.value = next;
      const run = !queue.length;
      for (const l of listeners) queue.push(() => l($.value, prev));
      if (!run) return;
      let error: unknown;
      // Listeners may queue more while this runs: they run in turn.
      for (let i = 0; i < queue.length; i++)
        try {
          queue[i]!();
        } catch (e) {
          error ||= e;
        }
      queue.length = 0;
      if (error) throw error;
    },
    listen(l: Listener<T>) {
      listeners = [...listeners, l];
      return () => (listeners = listeners.filter((x) => x != l));
    },
  };
  // No subscribe, lc or batching: nothing in the script-tag build uses them.
  return $ as unknown as WritableAtom<T>;
}
