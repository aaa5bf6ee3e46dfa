/**
 * Shutdown while proofs are in flight, over real HTTP: every request that reached the handler
 * before the shutdown is answered (201, its record stored); none fails because the signature
 * checks' threads were stopped under it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandler, type ProofHandler } from '../src/http/handler.js';
import { createRequestListener } from '../src/node/serve.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { postFrom, SITE, type Answer } from './submission.js';
import { testServers } from './test-server.js';

const root = mkdtempSync(join(tmpdir(), 'cookiegate-shutdown-'));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));
const start = testServers();
const N = 40;

/** Posts N proofs at once (one connection each); calls `shutdown` once all N reached the handler. */
async function postDuringShutdown(url: string, handler: ProofHandler, shutdown: () => Promise<void>) {
  const submit = handler.submitProof;
  let entered = 0;
  let closed: Promise<void> | undefined;
  handler.submitProof = (request) => {
    const out = submit(request);
    if (++entered === N) closed = shutdown();
    return out;
  };
  const answers: Answer[] = await Promise.all(Array.from({ length: N }, () => postFrom(url, '127.0.0.1')));
  await closed;
  return answers;
}

describe('shutdown with proofs in flight', () => {
  it('serve().close() answers every proof already received, and stores each', async () => {
    const srv = await start({ rateLimit: false, newChains: false });
    const store = new SqliteStore({ path: join(srv.dir, 'p.db') });
    const answers = await postDuringShutdown(srv.url, srv.handler, () => srv.close());
    expect(answers.map((a) => a.status)).toEqual(Array(N).fill(201));
    await store.init();
    expect((await store.head(SITE)).size).toBe(N);
    await store.close();
  });

  it('handler.close() in a server of its own (createRequestListener) lets the checks finish first', async () => {
    const store = new SqliteStore({ path: join(root, `s${n++}.db`) });
    const handler = createHandler({
      store,
      origins: [SITE],
      signingKey: generateKeyPairSync('ed25519').privateKey,
      treeHeadIntervalMs: 0,
      rateLimit: false,
      newChains: false,
    });
    const server = createServer(createRequestListener(handler));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answers = await postDuringShutdown(url, handler, () => handler.close());
      expect(answers.map((a) => `${a.status} ${a.status === 201 ? '' : a.body}`)).toEqual(Array(N).fill('201 '));
      expect((await store.head(SITE)).size).toBe(N);
      // After close, a new proof is refused with a reason to retry (no record, no pool to check it with).
      const late = await postFrom(url, '127.0.0.1');
      expect(late.status).toBe(503);
      expect(JSON.parse(late.body)).toEqual({ error: 'server is shutting down, retry later' });
      expect(late.headers['retry-after']).toBeDefined();
      expect((await store.head(SITE)).size).toBe(N);
    } finally {
      await new Promise((r) => server.close(r));
      await store.close();
    }
  });
});
