/**
 * Token-protected admin routes: erase one consent id, purge by retention,
 * export one consent id, sign tree heads now.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { UUID } from '@cookiegate/protocol';
import { Hono, type Context } from 'hono';
import type { RateLimiter } from './rate-limit.js';
import { tombstoneWithEvents } from '../events/log-event.js';
import { exportConsent } from '../ops/export.js';
import type { ProofStore } from '../stores/types.js';
import type { TreeHeadService } from '../ops/tree-head-service.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Limits wrong admin tokens per network: each failure takes a token; none left, a 429 before the token is checked. */
export interface AdminGuard {
  limiter: RateLimiter;
  keyOf(c: Context): string;
  refuse(c: Context, key: string): Response;
}

/**
 * Builds the `/v1/admin` sub-app.
 * @example app.route('/v1/admin', adminRoutes({ store, heads, adminToken, retentionDays: 1460 }))
 */
export function adminRoutes(opts: {
  store: ProofStore;
  heads: TreeHeadService;
  adminToken: string | undefined;
  retentionDays: number;
  guard?: AdminGuard | undefined;
  /** Called after an erasure (drops cached chain keys). */
  onErase?: (consentId: string) => void;
}): Hono {
  const app = new Hono();
  const want = opts.adminToken ? digest(opts.adminToken) : undefined;
  /** Names the admin token in log events without revealing it. */
  const actor = want ? `admin:${want.toString('hex').slice(0, 16)}` : 'admin';
  app.use('*', async (c, next) => {
    if (!want) return c.json({ error: 'admin routes are disabled (no admin token configured)' }, 404);
    const g = opts.guard;
    const key = g?.keyOf(c);
    if (g && !g.limiter.allowed(key!)) return g.refuse(c, key!);
    const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), want)) {
      g?.limiter.take(key!);
      return c.json({ error: 'admin token required' }, 401);
    }
    await next();
  });
  app.get('/consents/:consentId', async (c) => {
    const id = c.req.param('consentId');
    if (!UUID.test(id)) return c.json({ error: 'consentId must be a lowercase UUID' }, 400);
    return c.json(await exportConsent(opts.store, id));
  });
  app.delete('/consents/:consentId', async (c) => {
    const id = c.req.param('consentId');
    if (!UUID.test(id)) return c.json({ error: 'consentId must be a lowercase UUID' }, 400);
    const erased = await tombstoneWithEvents(opts.store, { consentId: id }, 'erasure', actor);
    opts.onErase?.(id);
    return c.json({ consentId: id, erased });
  });
  app.post('/purge', async (c) => {
    const q = c.req.query('before');
    const before = q ? new Date(q) : new Date(Date.now() - opts.retentionDays * 86_400_000);
    if (Number.isNaN(before.getTime())) return c.json({ error: 'before must be an ISO 8601 date' }, 400);
    return c.json({
      before: before.toISOString(),
      purged: await tombstoneWithEvents(opts.store, { before }, 'retention', actor),
    });
  });
  app.post('/tree-heads', async (c) => c.json({ treeHeads: await opts.heads.signAll() }));
  return app;
}
