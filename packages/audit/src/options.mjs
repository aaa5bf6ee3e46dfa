/**
 * The audit's settings and their defaults, and the check of a URL given on the command line.
 */

/** Thrown for bad input (a malformed URL, an unknown option value): the CLI prints it and exits 2. */
export class UsageError extends Error {}

/**
 * Defaults: both viewports of the checklist, three same-origin pages, time limits per
 * step (all configurable), six phases at a time (mostly waiting, so they overlap well).
 *
 * @example
 * audit(url, { ...DEFAULTS, limits: { ...DEFAULTS.limits, observeMs: 30000 } });
 */
export const DEFAULTS = Object.freeze({
  viewports: [
    { width: 360, height: 640 },
    { width: 1366, height: 768 },
  ],
  pages: 3,
  parallel: 6,
  offline: false,
  limits: { navigationMs: 20_000, settleMs: 4_000, observeMs: 8_000, actionMs: 5_000, phaseMs: 120_000 },
});

/**
 * The URL to audit: absolute http(s), or a clear {@link UsageError}.
 *
 * @example
 * parseTarget('shop.example'); // throws UsageError: “shop.example” is not a URL …
 */
export function parseTarget(input) {
  let u;
  try {
    u = new URL(input);
  } catch {
    throw new UsageError(
      `“${input}” is not a URL: give an absolute http:// or https:// address, e.g. https://shop.example/`,
    );
  }
  if (!/^https?:$/.test(u.protocol)) throw new UsageError(`“${input}”: only http:// and https:// sites can be audited`);
  return u.href;
}

/**
 * A duration from the command line: `30s`, `500ms`, `2m` or plain milliseconds.
 *
 * @example
 * parseDuration('30s', '--observe'); // 30000
 */
export function parseDuration(text, flag) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(String(text).trim());
  if (!m) throw new UsageError(`${flag} ${text}: expected a duration such as 500ms, 10s or 2m`);
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000 }[m[2] ?? 'ms']);
}

/**
 * Viewports from the command line: `360x640,1366x768`.
 *
 * @example
 * parseViewports('1366x768'); // [{ width: 1366, height: 768 }]
 */
export function parseViewports(text) {
  return String(text)
    .split(',')
    .map((v) => {
      const m = /^(\d{3,4})[x×](\d{3,4})$/.exec(v.trim());
      if (!m) throw new UsageError(`--viewports ${text}: expected WIDTHxHEIGHT[,WIDTHxHEIGHT], e.g. 360x640,1366x768`);
      return { width: Number(m[1]), height: Number(m[2]) };
    });
}
