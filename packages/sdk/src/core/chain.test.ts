import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createPublicKey, verify } from 'node:crypto';
import { atom } from 'nanostores';
import { beforeEach, describe, expect, it, vi } from 'vitest';
// RFC 8785 canonical JSON from another implementation than the protocol's: a record that the
// SDK canonicalises differently fails to verify here.
import canonicalize from 'canonicalize';
import { checkConfig } from './check';
import type { Core } from './types';
import type { ConsentState } from './state';

const config = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  proofEndpoint: '/v1/proofs',
}).config!;

type Body = Record<string, unknown> & {
  consentId: string;
  sig: string;
  chainKey?: { kty: string; crv: string; x: string; y: string };
};
const queued = (): Body[] => JSON.parse(localStorage.getItem('cookiegate:proofs') || '[]');

/** Verifies a record as the server does: node crypto, IEEE P1363, over the canonical JSON without `sig`. */
function verifies(record: Body, jwk: object): boolean {
  const { sig, ...unsigned } = record;
  const key = createPublicKey({ key: jwk as never, format: 'jwk' });
  return verify(
    'sha256',
    Buffer.from(canonicalize(unsigned)!),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig, 'base64url'),
  );
}

/** A fresh page: the write path's modules loaded anew (nothing kept in memory), storage as it is. */
async function page() {
  vi.resetModules();
  return { chain: await import('./chain'), decide: await import('./decide') };
}
const core = (state: ConsentState | null = null): Core => ({ config, store: atom(state) });
const newId = () => crypto.randomUUID();

beforeEach(() => {
  localStorage.clear();
  document.cookie.split('; ').forEach((c) => (document.cookie = c.split('=')[0] + '=; max-age=0; path=/'));
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
});

describe('chain binding', () => {
  it('starts a chain with a non-extractable key: the first record carries the public key, every record a signature', async () => {
    const { chain } = await page();
    const c = await chain.chainFor(undefined, newId);
    expect(c.keys.privateKey.extractable).toBe(false);
    expect(Object.keys(c.chainKey!).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(Buffer.from(c.chainKey!.x, 'base64url')).toHaveLength(32);
    const first = (await chain.signRecord(c, { consentId: c.id, action: 'accept_all', n: 1, no: undefined })) as Body;
    const second = (await chain.signRecord(c, { consentId: c.id, action: 'withdraw' })) as Body;
    expect(first.chainKey).toEqual(c.chainKey ?? first.chainKey);
    expect(second).not.toHaveProperty('chainKey');
    expect(Buffer.from(first.sig, 'base64url')).toHaveLength(64);
    expect(first.sig).toMatch(/^[\w-]+$/);
    expect(verifies(first, first.chainKey!)).toBe(true);
    expect(verifies(second, first.chainKey!)).toBe(true);
    // A changed record no longer verifies.
    expect(verifies({ ...second, action: 'accept_all' }, first.chainKey!)).toBe(false);
  });

  it('keeps the key in IndexedDB: a later page signs into the same chain without sending the key again', async () => {
    let p = await page();
    const c = await p.chain.chainFor(undefined, newId);
    const first = (await p.chain.signRecord(c, { consentId: c.id })) as Body;
    p = await page();
    const again = await p.chain.chainFor(c.id, newId);
    expect(again.id).toBe(c.id);
    expect(again.chainKey).toBeUndefined();
    expect(
      verifies((await p.chain.signRecord(again, { consentId: c.id, action: 'custom' })) as Body, first.chainKey!),
    ).toBe(true);
  });

  it('starts a new consent id where the key is gone (storage cleared, another device) or IndexedDB is missing', async () => {
    let p = await page();
    const c = await p.chain.chainFor(undefined, newId);
    vi.stubGlobal('indexedDB', new IDBFactory());
    p = await page();
    const lost = await p.chain.chainFor(c.id, newId);
    expect(lost.id).not.toBe(c.id);
    expect(lost.chainKey).toBeDefined();
    vi.stubGlobal('indexedDB', undefined);
    p = await page();
    const none = await p.chain.chainFor(c.id, newId);
    expect(none.id).not.toBe(c.id);
    expect(none.chainKey).toBeDefined();
    // On the same page, the old id keeps leading to the new chain.
    expect((await p.chain.chainFor(c.id, newId)).id).toBe(none.id);
  });

  it('queues signed proofs: one chain for accept, custom and withdraw, and the stored decision names it', async () => {
    const { decide } = await page();
    const k = core();
    await decide.decide(k, 'accept_all', {}, { surface: 'banner' });
    const id = k.store.get()!.id;
    expect(document.cookie).toContain(id);
    await decide.decide(k, 'custom', { analytics: false });
    await decide.decide(k, 'withdraw');
    const q = queued();
    expect(q.map((r) => r.action)).toEqual(['accept_all', 'custom', 'withdraw']);
    expect(q.map((r) => r.consentId)).toEqual([id, id, id]);
    expect(q.map((r) => !!r.chainKey)).toEqual([true, false, false]);
    for (const r of q) expect(verifies(r, q[0]!.chainKey!)).toBe(true);
  });

  it('never queues an unsigned record into an old chain: a decision stored before binding starts a new one', async () => {
    const { decide } = await page();
    const old = '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d';
    const k = core({
      id: old,
      revision: 1,
      decidedAt: 0,
      expiresAt: Date.now() + 1e9,
      decisions: { necessary: true, analytics: true },
    });
    await decide.decide(k, 'reject_all');
    const [r] = queued();
    expect(r!.consentId).not.toBe(old);
    expect(k.store.get()!.id).toBe(r!.consentId);
    expect(verifies(r!, r!.chainKey!)).toBe(true);
  });

  it('stores the decision but sends no proof where the browser cannot sign (no WebCrypto)', async () => {
    const { decide } = await page();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(crypto.subtle, 'generateKey').mockRejectedValue(new DOMException('insecure', 'NotSupportedError'));
    const k = core();
    await decide.decide(k, 'accept_all');
    expect(k.store.get()?.decisions.analytics).toBe(true);
    expect(queued()).toEqual([]);
    expect(error).toHaveBeenCalledWith('[cookiegate] proof not sent:', expect.anything());
  });
});
