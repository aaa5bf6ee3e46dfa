/**
 * `unknownHosts: "report"`: collects the third-party hosts that no configured service
 * covers and, once the page has loaded, reports them in one batch (later ones in further
 * batches) as a config warning. The sentence lives with the other config messages, which
 * the script-tag build loads only when there is something to say.
 */
import type { Problem } from '../core/check';

export function createReporter(
  known: (url: URL) => boolean,
  report: (problems: Problem[]) => void,
): (host: string) => void {
  const seen = new Set<string>();
  let pending: string[] = [];
  let timer: unknown;
  const flush = () => {
    timer = 0;
    if (pending.length) report([{ path: 'services', code: 'uncovered', got: pending, w: 1 }]);
    pending = [];
  };
  const note = (host: string) => {
    if (seen.has(host)) return;
    seen.add(host);
    pending.push(host);
    if (document.readyState == 'complete') timer ||= setTimeout(flush, 500);
  };
  addEventListener('load', () => {
    // Stylesheets, fonts and preloads never pass through the blocker: the browser lists them.
    for (const e of performance.getEntriesByType('resource')) {
      const url = new URL(e.name);
      if (!known(url)) note(url.hostname);
    }
    timer ||= setTimeout(flush, 500);
  });
  return note;
}
