/**
 * Meta pixel consent: once the pixel is there, `fbq('consent', 'grant' | 'revoke')` follows
 * every decision. Strict by default, the blocker keeps fbevents.js from loading before
 * consent. With `advanced: true` the pixel loads at once, and cookiegate puts
 * `consent revoke` first in the pixel's queue (before the snippet's `init` and `track`),
 * as Meta asks for every page without consent.
 */
import type { ResolvedConfig } from './config';
import { servicesWhere } from './state';

type Fbq = ((...a: unknown[]) => void) & { queue?: unknown[] };

/** Returns what calls `fbq('consent', …)` after a decision, or nothing without a Meta pixel service. */
export function startMeta(config: ResolvedConfig, accepted: (id: string) => boolean): (() => void) | undefined {
  const ids = servicesWhere(config, (s) => s.preset == 'meta-pixel');
  if (!ids.length) return;
  const w = window as unknown as { fbq?: Fbq };
  const state = () => (ids.every(accepted) ? 'grant' : 'revoke');
  if (!w.fbq && state() == 'revoke' && ids.some((id) => config.services[id]!.advanced)) {
    // The snippet creates fbq, then its queue, then queues init and track: catch the queue as it is made.
    // Each trap turns itself back into a plain property on first write.
    const trap = (o: object, key: string, set: (v: never) => void) =>
      Object.defineProperty(o, key, {
        configurable: true,
        set(v: never) {
          Object.defineProperty(o, key, { value: v, writable: true, configurable: true });
          set(v);
        },
      });
    trap(window, 'fbq', (f: Fbq) => trap(f, 'queue', (q: unknown[]) => q.push(['consent', state()])));
  }
  return () => typeof w.fbq == 'function' && w.fbq('consent', state());
}
