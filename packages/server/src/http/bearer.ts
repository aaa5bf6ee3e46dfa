/**
 * Bearer-token checks for the token-protected routes (admin, stats): constant-time comparison of
 * digests, and a per-network limit on wrong tokens.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { RateLimiter } from './rate-limit.js';

/**
 * SHA-256 of a token: what is compared (fixed length, so in constant time) and named in log events.
 * @example tokenDigest('secret').length // 32
 */
export const tokenDigest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Limits wrong tokens per network: each failure takes a token; none left, a 429 before the token is checked. */
export interface AdminGuard {
  limiter: RateLimiter;
  keyOf(c: Context): string;
  refuse(c: Context, key: string): Response;
}

/**
 * Middleware that lets a request through only with `Authorization: Bearer <one of tokens>`.
 * With no token configured the routes answer 404 `disabled`.
 * @example app.use('*', bearerAuth([adminToken, statsToken], guard, { disabled: 'stats are disabled', required: 'stats or admin token required' }))
 */
export function bearerAuth(
  tokens: Array<string | undefined>,
  guard: AdminGuard | undefined,
  messages: { disabled: string; required: string },
): MiddlewareHandler {
  const want = tokens.filter((t): t is string => !!t).map(tokenDigest);
  return async (c, next) => {
    if (!want.length) return c.json({ error: messages.disabled }, 404);
    const key = guard?.keyOf(c);
    if (guard && !guard.limiter.allowed(key!)) return guard.refuse(c, key!);
    const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    const got = m && tokenDigest(m[1]!);
    // Every configured token is compared, so the time taken does not say which one matched.
    const ok = got !== null && want.map((w) => timingSafeEqual(got, w)).includes(true);
    if (!ok) {
      guard?.limiter.take(key!);
      return c.json({ error: messages.required }, 401);
    }
    await next();
  };
}
