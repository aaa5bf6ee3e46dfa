/**
 * Chain binding over real HTTP, on SQLite and PostgreSQL: a record for an existing chain that is
 * not signed by the chain's key is refused with a reason and writes nothing, whoever sends it
 * (a request without Origin, or a curl-like client that sets an allowed Origin); new chains are
 * limited per site and per network.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewChainQuotaOptions } from '../src/binding/new-chain-quota.js';
import type { RunningServer } from '../src/node/serve.js';
import { verifyReceipt, type Receipt } from '../src/ops/receipt.js';
import { makePending } from './store-contract.js';
import type { ProofStore } from '../src/stores/types.js';
import { backends } from './backends.js';
import { newChainBody, TestChain } from './chain-signer.js';
import { proofBody, SITE } from './submission.js';
import { startTestServer } from './test-server.js';

const body = (over: Record<string, unknown> = {}) =>
  proofBody({ decisions: { analytics: true, marketing: true }, ...over });
const withdraw = () =>
  body({ action: 'withdraw', surface: 'floating', decisions: { analytics: false, marketing: false } });

/** A raw HTTP POST, as curl sends it: headers exactly as given (no Origin unless set). */
function rawPost(
  url: string,
  text: string,
  headers: Record<string, string>,
): Promise<{ status: number; error?: string; [k: string]: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/proofs`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let data = '';
        res.on('data', (d: Buffer) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode!, ...(JSON.parse(data) as { error?: string }) }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

describe.each(backends)('chain binding over HTTP: $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  async function start(newChains?: NewChainQuotaOptions | false): Promise<{ srv: RunningServer; store: ProofStore }> {
    const { store, dispose } = await backend.open();
    const srv = await startTestServer({ store, rateLimit: false, ...(newChains !== undefined ? { newChains } : {}) });
    cleanups.push(
      dispose,
      () => store.close(),
      () => srv.dispose(),
    );
    return { srv, store };
  }
  const post = (srv: RunningServer, b: object) => rawPost(srv.url, JSON.stringify(b), { origin: SITE });
  const snapshot = async (store: ProofStore) => ({
    head: await store.head(SITE),
    rows: await store.readRows(SITE, 0, 100),
  });

  it('accepts a chain signed by its own key, linked, and its receipt verifies offline with chainKey and sigs', async () => {
    const { srv } = await start();
    const chain = new TestChain();
    expect((await post(srv, chain.first(body()))).status).toBe(201);
    expect((await post(srv, chain.next(withdraw()))).status).toBe(201);
    const res = await fetch(`${srv.url}/v1/proofs/${chain.consentId}`, { headers: { origin: SITE } });
    const receipt = (await res.json()) as Receipt;
    expect(receipt.chainKey).toEqual({ crv: 'P-256', kty: 'EC', x: chain.chainKey.x, y: chain.chainKey.y });
    expect(receipt.entries.map((e) => e.record.sig)).toEqual([
      expect.stringMatching(/^[\w-]{86}$/),
      expect.stringMatching(/^[\w-]{86}$/),
    ]);
    expect(receipt.entries[1]!.record.prevId).toBe(receipt.entries[0]!.record.id);
    const publicKeyPem = ((await (await fetch(`${srv.url}/v1/public-key`)).json()) as { publicKeyPem: string })
      .publicKeyPem;
    expect(verifyReceipt(receipt, publicKeyPem)).toEqual({ valid: true, problems: [] });
    // A record swapped for a forged one (leaf hash recomputed would break inclusion; here: the sig alone).
    const forged = structuredClone(receipt);
    forged.entries[1]!.record.sig = new TestChain().sign(withdraw()).sig;
    expect(verifyReceipt(forged, publicKeyPem).problems.join('\n')).toMatch(/sig does not verify under the chain key/);
  });

  it('refuses a forged withdraw for an existing chain, from a client without Origin or with an allowed Origin, and writes nothing', async () => {
    const { srv, store } = await start();
    const victim = new TestChain();
    expect((await post(srv, victim.first(body()))).status).toBe(201);
    const before = await snapshot(store);
    const attacker = new TestChain(victim.consentId); // the attacker knows the consent id, not the key
    const forgedNoKey = JSON.stringify(attacker.next(withdraw()));
    const forgedOwnKey = JSON.stringify(attacker.first(withdraw()));
    const unsigned = JSON.stringify({ ...withdraw(), consentId: victim.consentId });
    expect(await rawPost(srv.url, forgedNoKey, {})).toEqual({ status: 403, error: 'missing Origin header' });
    expect(await rawPost(srv.url, forgedNoKey, { origin: SITE, 'user-agent': 'curl/8.5.0' })).toEqual({
      status: 403,
      error: "sig does not verify under the chain's key",
    });
    expect(await rawPost(srv.url, forgedOwnKey, { origin: SITE, 'user-agent': 'curl/8.5.0' })).toEqual({
      status: 403,
      error: 'chain is bound to another key',
    });
    expect(await rawPost(srv.url, unsigned, { origin: SITE })).toEqual({ status: 400, error: 'missing field: sig' });
    // A valid signature over other content (replay with a changed action) does not verify either.
    const replay = { ...victim.next(body()), action: 'withdraw' };
    expect(await rawPost(srv.url, JSON.stringify(replay), { origin: SITE })).toEqual({
      status: 403,
      error: "sig does not verify under the chain's key",
    });
    expect(await snapshot(store)).toEqual(before);
    expect((await post(srv, victim.next(withdraw()))).status).toBe(201); // the owner still can
  });

  it('answers a resend of the same signed body (a network retry) with the first record, 200, and writes nothing', async () => {
    const { srv, store } = await start();
    const chain = new TestChain();
    const first = JSON.stringify(chain.first(body()));
    const created = await rawPost(srv.url, first, { origin: SITE });
    expect(created.status).toBe(201);
    const again = await rawPost(srv.url, first, { origin: SITE });
    expect(again).toEqual({ ...created, status: 200, duplicate: true });
    const later = JSON.stringify(chain.next(withdraw()));
    const stored = await rawPost(srv.url, later, { origin: SITE });
    expect(stored.status).toBe(201);
    // Two copies in flight at once (the retry overtakes the first answer): one record.
    const racing = await Promise.all([
      rawPost(srv.url, later, { origin: SITE }),
      rawPost(srv.url, later, { origin: SITE }),
    ]);
    expect(racing).toEqual([
      { ...stored, status: 200, duplicate: true },
      { ...stored, status: 200, duplicate: true },
    ]);
    const next = JSON.stringify(chain.next(body()));
    const pair = await Promise.all([
      rawPost(srv.url, next, { origin: SITE }),
      rawPost(srv.url, next, { origin: SITE }),
    ]);
    const fresh = pair.find((r) => r.status === 201)!;
    expect(pair).toContainEqual({ ...fresh, status: 200, duplicate: true });
    expect((await store.head(SITE)).size).toBe(3);
    // Same content signed again is a new signature: a new record (a decision repeated on purpose).
    expect((await post(srv, chain.next(body()))).status).toBe(201);
  });

  it('refuses a new chain without chainKey or with a signature that does not verify under it (400)', async () => {
    const { srv, store } = await start();
    const chain = new TestChain();
    expect(await post(srv, chain.next(body()))).toEqual({
      status: 400,
      error: 'the first record of a chain must carry chainKey',
    });
    const bad = { ...chain.first(body()), sig: new TestChain().sign(body()).sig };
    expect(await post(srv, bad)).toEqual({ status: 400, error: 'sig does not verify under chainKey' });
    const offCurve = { ...chain.first(body()), chainKey: { ...chain.chainKey, y: chain.chainKey.x } };
    expect((await post(srv, offCurve)).status).toBe(400);
    expect(await post(srv, { ...chain.first(body()), chainKey: { kty: 'EC', crv: 'P-384', x: 'a', y: 'b' } })).toEqual({
      status: 400,
      error: 'chainKey must be {kty:"EC", crv:"P-256", x, y} with base64url 32-byte coordinates',
    });
    expect((await store.head(SITE)).size).toBe(0);
  });

  it('a chain from before binding accepts no further record (409)', async () => {
    const { srv, store } = await start();
    const chain = new TestChain();
    await store.append([makePending(SITE, chain.consentId)]); // as written before binding existed
    expect(await post(srv, chain.next(withdraw()))).toEqual({
      status: 409,
      error: 'chain is not bound to a key; start a new consent id',
    });
    expect(await post(srv, chain.first(withdraw()))).toEqual({
      status: 409,
      error: 'chain is not bound to a key; start a new consent id',
    });
    expect((await store.head(SITE)).size).toBe(1);
  });

  it('limits new chains per site and day and per network (429 with a reason, logged); existing chains go on', async () => {
    const lines: string[] = [];
    const { srv, store } = await start({ perSiteDay: 3, perPrefixHour: false, log: (l) => lines.push(l) });
    const chains = [new TestChain(), new TestChain(), new TestChain()];
    for (const c of chains) expect((await post(srv, c.first(body()))).status).toBe(201);
    const res = await fetch(`${srv.url}/v1/proofs`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: JSON.stringify(newChainBody(body())),
    });
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: 'daily quota of new consent chains for this site reached (3)' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(srv, chains[0]!.next(withdraw()))).status).toBe(201);
    expect(lines).toEqual([
      expect.stringMatching(/new-chain quota: https:\/\/shop.example reached 3 new chains today/),
    ]);
    expect((await store.head(SITE)).size).toBe(4);

    const net = await start({ perSiteDay: false, perPrefixHour: 2, log: (l) => lines.push(l) });
    expect((await post(net.srv, newChainBody(body()))).status).toBe(201);
    expect((await post(net.srv, newChainBody(body()))).status).toBe(201);
    expect(await post(net.srv, newChainBody(body()))).toEqual({
      status: 429,
      error: 'too many new consent chains from this network',
    });
    expect(lines[1]).toMatch(/new-chain limit: 127\.0\.0\.0\/24 is over its hourly limit/);
  });

  it('does not count a resent first record (200 duplicate, nothing written) against the new-chain limits', async () => {
    const { srv, store } = await start({ perSiteDay: 2, perPrefixHour: 2, log: () => {} });
    const first = newChainBody(body());
    expect((await post(srv, first)).status).toBe(201);
    for (let i = 0; i < 3; i++) expect(await post(srv, first)).toMatchObject({ status: 200, duplicate: true });
    expect((await post(srv, newChainBody(body()))).status).toBe(201); // the second new chain is still within both limits
    expect((await post(srv, newChainBody(body()))).status).toBe(429);
    // Over both limits now, a resend of a stored first record is still answered as what it is.
    expect(await post(srv, first)).toMatchObject({ status: 200, duplicate: true });
    expect((await store.head(SITE)).size).toBe(2);
  });
});
