/**
 * `POST /v1/cosignatures` (a witness hands in its cosignature of one of the log's heads) and
 * `GET /v1/cosignatures?site=` (everybody reads them). A cosignature is accepted only from a
 * witness key registered with the log (`--witness-key`), only when it verifies, and only for a
 * head this log signed.
 */
import type { KeyObject } from 'node:crypto';
import { Hono } from 'hono';
import { keyIdOf } from '../log/tree-head.js';
import type { ProofStore } from '../stores/types.js';
import { verifyCosignature, type Cosignature } from '../witness/cosignature.js';

/**
 * @example app.route('/v1/cosignatures', cosignatureRoutes(store, [witnessPublicKey]));
 */
export function cosignatureRoutes(store: ProofStore, witnessKeys: KeyObject[]): Hono {
  const app = new Hono();
  const witnesses = new Map(witnessKeys.map((k) => [keyIdOf(k), k]));
  app.post('/', async (c) => {
    let body: Cosignature;
    try {
      body = (await c.req.json()) as Cosignature;
    } catch {
      return c.json({ error: 'malformed JSON' }, 400);
    }
    const key = typeof body?.witnessKeyId === 'string' ? witnesses.get(body.witnessKeyId) : undefined;
    if (!key) return c.json({ error: 'unknown witness key (register it with --witness-key)' }, 403);
    if (!verifyCosignature(body, key))
      return c.json({ error: 'cosignature does not verify under the witness key' }, 403);
    const heads = await store.treeHeads(body.site);
    const own = heads.some(
      (h) =>
        h.treeSize === body.treeSize &&
        h.rootHash === body.rootHash &&
        h.timestamp === body.timestamp &&
        h.keyId === body.keyId,
    );
    if (!own) return c.json({ error: 'no such tree head in this log' }, 404);
    const { site, treeSize, rootHash, timestamp, keyId, witnessKeyId, cosignature } = body;
    await store.saveCosignature({ site, treeSize, rootHash, timestamp, keyId, witnessKeyId, cosignature });
    return c.json({ ok: true }, 201);
  });
  app.get('/', async (c) => {
    const site = c.req.query('site');
    if (!site) return c.json({ error: 'give site' }, 400);
    return c.json({ cosignatures: await store.cosignatures(site) });
  });
  return app;
}
