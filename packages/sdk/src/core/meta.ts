/**
 * Meta pixel consent: once the pixel is there, `fbq('consent', 'grant' | 'revoke')` follows
 * every decision. Strict by default, the blocker keeps fbevents.js from loading before
 * consent. With `advanced: true` the pixel loads once the config is checked, and cookiegate
 * puts `consent revoke` first in the pixel's queue (before the snippet's `init` and
 * `track`), as Meta asks for every page without consent.
 *
 * Advanced matching sends hashed customer data (email, phone) with every event; Sweden's
 * IMY fined shops SEK 8–37 M in 2024 for pixels doing so. cookiegate warns when the pixel's
 * `init` carries such data (manual advanced matching). ⚠️ Automatic advanced matching is a
 * switch in Meta's Events Manager that the page cannot see before fbevents.js runs; the
 * warning asks the operator to check it.
 */
import type { Problem } from './check';
import type { ResolvedConfig } from './config';
import { queueFirst } from './queue-first';
import { servicesWhere } from './state';

type Fbq = ((...a: unknown[]) => void) & { queue?: ArrayLike<unknown>[] };

/**
 * Returns what calls `fbq('consent', …)` after a decision, or nothing without a Meta pixel
 * service. `report` gets the advanced-matching warning (a config warning, worded in
 * cookiegate-messages.js).
 *
 * @example
 * const update = startMeta(config, cookiegate.accepted, printProblems);
 */
export function startMeta(
  config: ResolvedConfig,
  accepted: (id: string) => boolean,
  report: (p: Problem[]) => void,
): (() => void) | undefined {
  const ids = servicesWhere(config, (s) => s.preset == 'meta-pixel');
  if (!ids.length) return;
  const w = window as unknown as { fbq?: Fbq };
  const state = () => (ids.every(accepted) ? 'grant' : 'revoke');
  let warned = false;
  if (state() == 'revoke' && ids.some((id) => config.services[id]!.advanced))
    queueFirst('fbq', () => ['consent', state()]);
  // Before fbevents.js has taken the queue: an `init` with a third argument is advanced matching.
  const warn = () =>
    !warned &&
    (warned = (w.fbq?.queue || []).some((a) => a[0] == 'init' && typeof a[2] == 'object')) &&
    report([{ path: 'services.' + ids[0] + '.preset', code: 'matching', w: 1 }]);
  warn();
  return () => {
    warn();
    if (typeof w.fbq == 'function') w.fbq('consent', state());
  };
}
