// Build: the size-measurement build in rollup.config.mjs (without-vendors) replaces this file with
// an empty startVendors, to measure the head script without the vendor layers; never shipped.
/**
 * Starts what keeps the vendors in line, in this order: Google Consent Mode (its default
 * must be in dataLayer before any Google tag), Matomo's consent requirement (its script
 * may be first party), then the blocker. After each decision: Consent Mode's update,
 * `more` (the other vendors' consent calls, vendor-consent.ts), then the blocker's release.
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
import { seedMatomo } from '../core/vendor-consent';

export function startVendors(
  config: ResolvedConfig | null,
  store: ReadableAtom<unknown>,
  accepted: (id: string) => boolean,
  report: (problems: Problem[]) => void,
  valid: () => boolean,
  more?: () => void,
  grant?: (id: string) => void,
): () => void {
  if (!config) return createBlocker({ services: {} } as unknown as ResolvedConfig, accepted, undefined, valid).release;
  const update = startConsentMode(config, accepted);
  seedMatomo(config);
  const { release } = createBlocker(config, accepted, report, valid, grant);
  store.listen(() => {
    update?.();
    more!();
    release();
  });
  return release;
}
