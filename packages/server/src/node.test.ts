import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from './handler.js';
import { createRequestListener, serve } from './node.js';
import { SqliteStore } from './stores/sqlite.js';

const SITE = 'https://shop.example';
const body = () =>
  JSON.stringify({
    consentId: randomUUID(), action: 'accept_all', surface: 'banner', decisions: { analytics: true }, revision: 1,
    shownHash: 'f'.repeat(64), locale: 'en-GB', sdkVersion: '1.0.0', gpc: false, page: `${SITE}/`, clientTime: new Date().toISOString(),
  });

describe('node glue', () => {
  it('serve() listens, records from the socket address, and closes gracefully', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-node-'));
    const srv = await serve({ port: 0, host: '127.0.0.1', db: `sqlite:${join(dir, 'p.db')}`, dataDir: dir, origins: [SITE], handleSignals: false, treeHeadIntervalMs: 0 });
    try {
      const res = await fetch(`${srv.url}/v1/proofs`, { method: 'POST', headers: { origin: SITE, 'content-type': 'text/plain' }, body: body() });
      expect(res.status).toBe(201);
      const [row] = await srv.store.readRows(SITE, 0, 1);
      expect(JSON.parse(row!.body!).ipPrefix).toBe('127.0.0.0/24');
    } finally {
      await srv.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('createRequestListener mounts the handler in an existing node:http server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-node-'));
    const store = new SqliteStore({ path: join(dir, 'p.db') });
    const handler = createHandler({ store, origins: [SITE], signingKey: generateKeyPairSync('ed25519').privateKey, treeHeadIntervalMs: 0 });
    const proofs = createRequestListener(handler);
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/v1/') || req.url === '/healthz') return void proofs(req, res);
      res.end('static page');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/index.html`)).text()).toBe('static page');
      const res = await fetch(`${base}/v1/proofs`, { method: 'POST', headers: { origin: SITE, 'content-type': 'application/json' }, body: body() });
      expect(res.status).toBe(201);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
      await handler.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
