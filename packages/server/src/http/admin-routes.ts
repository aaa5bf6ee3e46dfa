/**
 * Token-protected admin routes: erase one consent id, purge by retention,
 * export one consent id, sign tree heads now.
 */
import { UUID } from '@cookiegate/protocol';
import { Hono } from 'hono';
import { bearerAuth, tokenDigest, type AdminGuard } from './bearer.js';
import { tombstoneWithEvents } from '../events/log-event.js';
import { exportConsent } from '../ops/export.js';
import type { ProofStore } from '../stores/types.js';
import type { TreeHeadService } from '../ops/tree-head-service.js';

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
  /** Names the admin token in log events without revealing it. */
  const actor = opts.adminToken ? `admin:${tokenDigest(opts.adminToken).toString('hex').slice(0, 16)}` : 'admin';
  app.use(
    '*',
    bearerAuth([opts.adminToken], opts.guard, {
      disabled: 'admin routes are disabled (no admin token configured)',
      required: 'admin token required',
    }),
  );
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
