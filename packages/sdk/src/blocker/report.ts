/**
 * `unknownHosts: "report"`: once the page has loaded, reports the third-party hosts that no
 * configured service covers in one batch (later ones in further batches) as a config
 * warning. The browser's resource timing lists every request (scripts, frames, images,
 * stylesheets, fonts, fetch, beacons), so the blocker need not be installed to see them.
 * The sentence lives with the other config messages, which the script-tag build loads only
 * when there is something to say.
 *
 * @example
 * createReporter((url) => url.hostname.endsWith('shop.example'), report);
 */
import type { Problem } from '../core/check';

export function createReporter(known: (url: URL) => boolean, report: (problems: Problem[]) => void): void {
  const seen = new Set<string>();
  addEventListener('load', () =>
    new PerformanceObserver((list) => {
      const got: string[] = [];
      for (const e of list.getEntries()) {
        const url = new URL(e.name);
        if (!known(url) && !seen.has(url.hostname)) got.push(seen.add(url.hostname) && url.hostname);
      }
      if (got.length) report([{ path: 'services', code: 'uncovered', got: got.sort(), w: 1 }]);
    }).observe({ type: 'resource', buffered: true }),
  );
}
