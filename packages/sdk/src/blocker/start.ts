// Build: the size-measurement build in rollup.config.mjs (without-vendors) replaces this file with
// an empty startVendors, to measure the head script without the vendor layers; never shipped.
/**
 * Starts what keeps the vendors in line, in this order: Google Consent Mode (its default
 * must be in dataLayer before any Google tag), Meta's consent calls, then the blocker.
 * While `valid()` is false (the config is not checked yet, or invalid) every third-party
 * host is blocked; with no config at all (null) that never ends. Returns the blocker's
 * release, for when the config was found valid without a stored decision (a change of the
 * store releases by itself).
 */
import type { ReadableAtom } from 'nanostores';
import { createBlocker } from './blocker';
import type { Problem } from '../core/check';
import type { ResolvedConfig } from '../core/config';
import { startConsentMode } from '../core/consent-mode';
import { startMeta } from '../core/meta';

export function startVendors(
  config: ResolvedConfig | null,
  store: ReadableAtom<unknown>,
  accepted: (id: string) => boolean,
  report: (problems: Problem[]) => void,
  valid: () => boolean,
): () => void {
  if (!config) return createBlocker({ services: {} } as unknown as ResolvedConfig, accepted, undefined, valid).release;
  const updates = [startConsentMode(config, accepted), startMeta(config, accepted)];
  const { release } = createBlocker(config, accepted, report, valid);
  store.listen(() => {
    for (const f of updates) f?.();
    release();
  });
  return release;
}
