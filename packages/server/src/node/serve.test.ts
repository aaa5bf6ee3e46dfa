import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../http/handler.js';
import { createRequestListener } from './serve.js';
import { SqliteStore } from '../stores/sqlite/sqlite.js';
import { SITE, submission } from '../../test/submission.js';
import { startTestServer } from '../../test/test-server.js';

const body = () => JSON.stringify(submission());

describe('node glue', () => {
  it('serve() listens, records from the socket address, and closes gracefully', async () => {
    const srv = await startTestServer();
    try {
      const res = await fetch(`${srv.url}/v1/proofs`, {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'text/plain' },
        body: body(),
      });
      expect(res.status).toBe(201);
      const [row] = await srv.store.readRows(SITE, 0, 1);
      expect(JSON.parse(row!.body!).ipPrefix).toBe('127.0.0.0/24');
    } finally {
      await srv.dispose();
    }
  });

  it('createRequestListener mounts the handler in an existing node:http server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-node-'));
    const store = new SqliteStore({ path: join(dir, 'p.db') });
    const handler = createHandler({
      store,
      origins: [SITE],
      signingKey: generateKeyPairSync('ed25519').privateKey,
      treeHeadIntervalMs: 0,
    });
    const proofs = createRequestListener(handler);
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/v1/') || req.url === '/healthz') return void proofs(req, res);
      res.end('static page');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${base}/index.html`)).text()).toBe('static page');
      const res = await fetch(`${base}/v1/proofs`, {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'application/json' },
        body: body(),
      });
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

describe('POST /v1/proofs: the node:http fast path and the web handler reach the one implementation', () => {
  type Case = {
    name: string;
    path?: string;
    headers: Record<string, string>;
    /** A function is called once per entry: a valid body sent twice would be a resend (200). */
    body: string | (() => string | ReadableStream<Uint8Array>);
  };
  const big = JSON.stringify({ ...JSON.parse(body()), sdkVersion: 'x'.repeat(20_000) });
  const json = { origin: SITE, 'content-type': 'application/json' };
  const cases: Case[] = [
    { name: 'valid', headers: json, body },
    {
      name: 'valid, text/plain with charset, query string',
      path: '/v1/proofs?x=1',
      headers: { origin: SITE, 'content-type': 'text/plain;charset=UTF-8' },
      body,
    },
    { name: 'valid with a BOM', headers: json, body: () => `\ufeff${body()}` },
    { name: 'missing origin', headers: { 'content-type': 'application/json' }, body: body() },
    { name: 'other origin', headers: { ...json, origin: 'https://evil.example' }, body: body() },
    {
      name: 'bad content type',
      headers: { ...json, 'content-type': 'application/x-www-form-urlencoded' },
      body: body(),
    },
    { name: 'valid, content type left to fetch (text/plain)', headers: { origin: SITE }, body },
    { name: 'declared oversize body', headers: json, body: big },
    {
      name: 'streamed oversize body',
      headers: json,
      body: () =>
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode(big));
            c.close();
          },
        }),
    },
    {
      name: 'streamed valid body',
      headers: json,
      body: () =>
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode(body()));
            c.close();
          },
        }),
    },
    { name: 'malformed JSON', headers: json, body: '{"consentId": ' },
    { name: 'not an object', headers: json, body: '[1,2]' },
    { name: 'invalid field', headers: json, body: JSON.stringify({ ...JSON.parse(body()), gpc: 'yes' }) },
    {
      name: 'page on another origin',
      headers: json,
      body: JSON.stringify({ ...JSON.parse(body()), page: 'https://other.example/' }),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-node-'));
    const store = new SqliteStore({ path: join(dir, 'p.db') });
    const handler = createHandler({
      store,
      origins: [SITE],
      signingKey: generateKeyPairSync('ed25519').privateKey,
      treeHeadIntervalMs: 0,
    });
    const submit = handler.submitProof;
    let calls = 0;
    handler.submitProof = (request) => {
      calls++;
      return submit(request);
    };
    const server = createServer(createRequestListener(handler));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const init = (): RequestInit => {
      const b = typeof c.body === 'string' ? c.body : c.body();
      return typeof b === 'string'
        ? { method: 'POST', headers: c.headers, body: b }
        : ({ method: 'POST', headers: c.headers, body: b, duplex: 'half' } as RequestInit);
    };
    try {
      const viaNode = await fetch(`${base}${c.path ?? '/v1/proofs'}`, init());
      const viaWeb = await handler(new Request(`http://proofs.local${c.path ?? '/v1/proofs'}`, init()), {
        remoteAddress: '127.0.0.1',
      });
      const shape = async (r: Response) => {
        const b = (await r.json()) as Record<string, unknown>;
        return {
          status: r.status,
          body: r.status === 201 ? Object.keys(b).sort() : b,
          type: r.headers.get('content-type'),
          allowOrigin: r.headers.get('access-control-allow-origin'),
          vary: r.headers.get('vary'),
        };
      };
      const [n, w] = [await shape(viaNode), await shape(viaWeb)];
      expect(calls).toBe(2); // each entry called handler.submitProof once
      expect(n).toEqual(w);
      if (c.name.startsWith('valid') || c.name === 'streamed valid body') expect(n.status).toBe(201);
      else expect(n.status).toBeGreaterThanOrEqual(400);
    } finally {
      await new Promise((r) => server.close(r));
      await handler.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rate-limits with Retry-After', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-node-'));
    const store = new SqliteStore({ path: join(dir, 'p.db') });
    const handler = createHandler({
      store,
      origins: [SITE],
      signingKey: generateKeyPairSync('ed25519').privateKey,
      treeHeadIntervalMs: 0,
      rateLimit: { burst: 2, perSecond: 0.001 },
    });
    const server = createServer(createRequestListener(handler));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/proofs`;
    try {
      const post = () =>
        fetch(url, { method: 'POST', headers: { origin: SITE, 'content-type': 'application/json' }, body: body() });
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(201);
      const res = await post();
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
      expect(await res.json()).toEqual({ error: 'rate limit exceeded for this network' });
    } finally {
      await new Promise((r) => server.close(r));
      await handler.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
