/**
 * Token-protected admin routes: erase one consent id, purge by retention,
 * export one consent id, sign tree heads now.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { UUID } from '@cookiegate/protocol';
import { Hono } from 'hono';
import { exportConsent } from '../ops/export.js';
import type { ProofStore } from '../stores/types.js';
import type { TreeHeadService } from '../ops/tree-head-service.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Builds the `/v1/admin` sub-app. */
export function adminRoutes(opts: {
  store: ProofStore;
  heads: TreeHeadService;
  adminToken: string | undefined;
  retentionDays: number;
}): Hono {
  const app = new Hono();
  const want = opts.adminToken ? digest(opts.adminToken) : undefined;
  app.use('*', async (c, next) => {
    if (!want) return c.json({ error: 'admin routes are disabled (no admin token configured)' }, 404);
    const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), want)) return c.json({ error: 'admin token required' }, 401);
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
    return c.json({ consentId: id, erased: await opts.store.tombstone({ consentId: id }, 'erasure') });
  });
  app.post('/purge', async (c) => {
    const q = c.req.query('before');
    const before = q ? new Date(q) : new Date(Date.now() - opts.retentionDays * 86_400_000);
    if (Number.isNaN(before.getTime())) return c.json({ error: 'before must be an ISO 8601 date' }, 400);
    return c.json({ before: before.toISOString(), purged: await opts.store.tombstone({ before }, 'retention') });
  });
  app.post('/tree-heads', async (c) => c.json({ treeHeads: await opts.heads.signAll() }));
  return app;
}
