/**
 * `GET /v1/stats` (admin or stats token) and `POST /v1/impressions` (from a site's pages),
 * as STATS-SPEC.md describes them.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bearerAuth, type AdminGuard } from './bearer.js';
import { errorBody, readWebBody, TOO_LARGE } from './proof-route.js';
import type { RateLimiter } from './rate-limit.js';
import type { ImpressionCounter } from '../stats/impression-counter.js';
import { validateImpression } from '../stats/impression.js';
import { parseStatsQuery } from '../stats/query.js';
import { buildReport } from '../stats/report.js';
import type { ProofStore } from '../stores/types.js';

/** An impression body is a locale and a variant: far below this. */
export const MAX_IMPRESSION_BYTES = 1024;

/** What the routes need from the handler. */
export interface StatsRouteOptions {
  store: ProofStore;
  /** Configured site origins. */
  allowed: ReadonlySet<string>;
  adminToken: string | undefined;
  statsToken: string | undefined;
  /** Wrong tokens, limited together with the admin routes'. */
  guard: AdminGuard | undefined;
  /** The per-network read limit (receipts, tree heads). */
  limitReads: MiddlewareHandler;
  /** The proofs' per-network limit: impressions share it. */
  limiter: RateLimiter | undefined;
  networkOf(c: Context): string;
  impressions: ImpressionCounter;
}

/**
 * Builds the sub-app, mounted at `/v1`.
 * @example app.route('/v1', statsRoutes({ store, allowed, adminToken, statsToken, guard, limitReads, limiter, networkOf, impressions }))
 */
export function statsRoutes(o: StatsRouteOptions): Hono {
  const app = new Hono();
  const fail = (c: Context, status: 400 | 403 | 413 | 415 | 429, error: string) => c.json(errorBody(error), status);

  app.get(
    '/stats',
    o.limitReads,
    bearerAuth([o.adminToken, o.statsToken], o.guard, {
      disabled: 'stats are disabled (no stats or admin token configured)',
      required: 'stats or admin token required',
    }),
    async (c) => {
      const q = parseStatsQuery(c.req.queries(), (s) => o.allowed.has(s));
      if (!q.ok) return fail(c, 400, q.error);
      await o.impressions.flush();
      const { site, from, to } = q.value;
      return c.json(buildReport(q.value, await o.store.statsRange(site, from, to)));
    },
  );

  app.post('/impressions', async (c) => {
    const origin = c.req.header('origin');
    if (!origin) return fail(c, 403, 'missing Origin header');
    if (!o.allowed.has(origin)) return fail(c, 403, `origin not allowed: ${origin.slice(0, 200)}`);
    // sendBeacon sends text/plain (no preflight); fetch may send JSON.
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain')
      return fail(c, 415, 'content-type must be application/json or text/plain');
    const declared = c.req.header('content-length');
    if (declared !== undefined && !(Number(declared) <= MAX_IMPRESSION_BYTES))
      return fail(c, 413, `body larger than ${MAX_IMPRESSION_BYTES} bytes`);
    const bytes = await readWebBody(c.req.raw, MAX_IMPRESSION_BYTES);
    if (bytes === TOO_LARGE) return fail(c, 413, `body larger than ${MAX_IMPRESSION_BYTES} bytes`);
    const key = o.networkOf(c);
    if (o.limiter && !o.limiter.take(key)) {
      c.header('retry-after', String(Math.max(1, o.limiter.retryAfter(key))));
      return fail(c, 429, 'rate limit exceeded for this network');
    }
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return fail(c, 400, 'malformed JSON');
    }
    const v = validateImpression(body);
    if (!v.ok) return fail(c, 400, v.error);
    o.impressions.count(origin, v.value);
    return c.body(null, 204);
  });
  return app;
}
