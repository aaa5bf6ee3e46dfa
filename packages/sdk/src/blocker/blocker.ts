/**
 * Automatic blocking: with cookiegate first in <head>, vendors' snippets pasted verbatim
 * reach no host of a service that is not granted. Scripts, iframes and images are held and
 * released in their original order once their services are granted; beacons, `fetch` and
 * `XMLHttpRequest` to those hosts are dropped. See dom.ts and net.ts.
 */
import { blockElements } from './dom';
import { early } from './early';
import { embed, embedPlaceholder, openFacade } from './facade';
import { blockNetwork } from './net';
import { createReporter } from './report';
import { compileRules, firstParty, ownersOf, type HostRule } from './rules';
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
 * first-party ones (the page's host, `firstPartyHosts`, the consent cookie's domain, and their
 * subdomains) always pass. While `valid()` is false no third-party host passes.
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
  grant?: (id: string) => void,
): Blocker {
  // Compiled once the config is valid: the presets' hosts may arrive after the blocker starts.
  let rules: HostRule[] | undefined;
  const mode = config.unknownHosts || 'report';
  const services = config.services;
  const requested = openFacade(config, () => release());
  // A chat facade waits for its button; an embed's placeholder (embed()) for a grant or a click.
  const open = (id: string) =>
    !!services[id]!.advanced || (services[id]!.facade && !embed(services[id]!) ? requested(id) : accepted(id));
  const held: { url: string; run: () => void; el?: Element; shown?: 1 }[] = [];

  // The site: the page's host and what the owner declares (the consent cookie's domain,
  // firstPartyHosts); the proof server is the site's own, wherever it runs. An empty entry
  // (no cookie domain) matches no host.
  const own = [
    location.hostname,
    new URL(config.proofEndpoint || '/', location.href).hostname,
    (config.cookie?.domain || '').replace(/^\./, ''),
    ...(config.firstPartyHosts || []),
  ];
  // Whether a URL is a third-party web URL (not first party, data:, blob:).
  const third = (url: URL) => /^(http|ws)s?:$/.test(url.protocol) && !firstParty(url.hostname, own);
  // Kept only once valid: before, the presets' hosts may be missing.
  const owners = (url: URL) =>
    ownersOf(rules || (valid() ? (rules = compileRules(config)) : compileRules(config)), url);
  // Scripts that ran, and services' files that loaded, before cookiegate: a warning (the
  // files by the hosts known now: the config's own, and the presets' once they are in).
  if (report) {
    const first = early((url) => third(url) && owners(url).length > 0);
    if (first) report([first]);
    if (mode == 'report') createReporter((url) => !third(url) || owners(url).length > 0, report);
  }

  const allowed = (raw: string): boolean => {
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      return true;
    }
    if (!third(url)) return true;
    // Until the config is known to be valid (and for ever when it is not): nothing third-party.
    if (!valid()) return false;
    const ids = owners(url);
    return ids.length ? ids.every(open) : mode != 'block';
  };

  // Taken off the list before it runs: nothing runs twice.
  const take = (h: (typeof held)[0]) => held.splice(held.indexOf(h), 1)[0]!.run();
  // The patches and the observer only where something may be blocked: while the config is
  // not known to be valid, with unknownHosts "block", or while a service with hosts is not
  // open. A returning visitor who accepted everything gets none, until a decision closes
  // something (release() runs on every decision, before anything it lets run).
  let on = 0;
  const release = () => {
    if (!on && (mode == 'block' || !valid() || (rules ||= compileRules(config)).some((r) => !open(r.id)))) {
      on = 1;
      blockElements({ allowed, hold: (url, run, el) => held.push({ url, run, el }) });
      blockNetwork(allowed);
    }
    for (const h of held.slice()) {
      if (allowed(h.url)) take(h);
      else if (h.el && !h.shown && valid()) {
        // An embed of a service with "facade": a placeholder loads this one, or grants the service.
        const id = owners(new URL(h.url, document.baseURI)).find((id) => services[id]!.facade && embed(services[id]!));
        if (id) {
          h.shown = 1;
          embedPlaceholder(
            config,
            id,
            h.el,
            () => take(h),
            () => grant?.(id),
          );
        }
      }
    }
  };

  release();
  return { release, allowed };
}
