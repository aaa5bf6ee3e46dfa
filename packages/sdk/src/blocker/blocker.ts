/**
 * Automatic blocking: with cookiegate first in <head>, vendors' snippets pasted verbatim
 * reach no host of a service that is not granted. Scripts, iframes and images are held and
 * released in their original order once their services are granted; beacons, `fetch` and
 * `XMLHttpRequest` to those hosts are dropped. See dom.ts and net.ts.
 */
import { blockElements } from './dom';
import { openFacade } from './facade';
import { blockNetwork } from './net';
import { createReporter } from './report';
import { compileRules, firstParty, ownersOf } from './rules';
import type { Problem } from '../core/check';
import type { ResolvedConfig } from '../core/config';

/** The blocker over a document: `release()` lets through what has become allowed. */
export interface Blocker {
  /** Runs or loads, in their original order, the held elements whose services are now allowed. */
  release(): void;
  /** Whether a URL may be contacted now. */
  allowed(url: string): boolean;
}

/**
 * Starts blocking. A service may be contacted when `accepted(id)` says so, at once when it
 * is `advanced`, and, with `facade`, only after the visitor clicked its chat button.
 * Third-party hosts of no service follow `unknownHosts` (`report` hands them to `report`);
 * first-party ones always pass. While `valid()` is false no third-party host passes.
 *
 * @example
 * const blocker = createBlocker(config, accepted);
 * onChange(() => blocker.release());
 */
export function createBlocker(
  config: ResolvedConfig,
  accepted: (id: string) => boolean,
  report?: (problems: Problem[]) => void,
  valid: () => boolean = () => true,
): Blocker {
  const rules = compileRules(config);
  const mode = config.unknownHosts || 'report';
  const services = config.services;
  const requested = openFacade(config, () => release());
  const open = (id: string) => !!services[id]!.advanced || (services[id]!.facade ? requested(id) : accepted(id));
  const held: { url: string; run: () => void }[] = [];

  // The proof server is the site's own, wherever it runs.
  const proofHost = config.proofEndpoint && new URL(config.proofEndpoint, location.href).hostname;
  // null: not a third-party web URL (first party, data:, blob:, unparsable); else the owners.
  const owners = (url: URL) =>
    /^(http|ws)s?:$/.test(url.protocol) && !firstParty(url.hostname) && url.hostname != proofHost ? ownersOf(rules, url) : null;
  const note = mode == 'report' && report ? createReporter((url) => owners(url)?.length !== 0, report) : undefined;

  const allowed = (raw: string): boolean => {
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      return true;
    }
    const ids = owners(url);
    if (!ids) return true;
    // Until the config is known to be valid (and for ever when it is not): nothing third-party.
    if (!valid()) return false;
    if (ids.length) return ids.every(open);
    note?.(url.hostname);
    return mode != 'block';
  };

  const release = () => {
    for (let i = 0; i < held.length; ) {
      if (!allowed(held[i]!.url)) i++;
      // Taken off the list before it runs: nothing runs twice.
      else held.splice(i, 1)[0]!.run();
    }
  };

  blockElements({ allowed, hold: (url, run) => held.push({ url, run }) });
  blockNetwork(allowed);
  return { release, allowed };
}
