/**
 * Starts what keeps the vendors in line, in this order: Google Consent Mode (its default
 * must be in dataLayer before any Google tag), Meta's consent calls, then the blocker.
 * With an invalid config (null) it fails closed: every third-party host is blocked.
 */
import type { ReadableAtom } from 'nanostores';
import { createBlocker } from './blocker';
import type { Problem } from './check';
import type { ResolvedConfig } from './config';
import { startConsentMode } from './consent-mode';
import { startMeta } from './meta';

export function startVendors(
  config: ResolvedConfig | null,
  store: ReadableAtom<unknown>,
  accepted: (id: string) => boolean,
  report: (problems: Problem[]) => void,
): void {
  if (!config) {
    createBlocker({ categories: {}, services: {}, unknownHosts: 'block' } as unknown as ResolvedConfig, accepted);
    return;
  }
  startConsentMode(config, store, accepted);
  startMeta(config, store, accepted);
  store.listen(createBlocker(config, accepted, report).release);
}
