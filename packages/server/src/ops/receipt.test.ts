import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReceipt, verifyReceipt } from './receipt.js';
import { makePending } from '../../test/store-contract.js';
import { SqliteStore } from '../stores/sqlite/sqlite.js';
import { TreeHeadSigner } from '../log/tree-head.js';
import { TreeHeadService } from './tree-head-service.js';

async function setup() {
  const store = new SqliteStore({ path: ':memory:' });
  await store.init();
  const key = generateKeyPairSync('ed25519');
  const heads = new TreeHeadService(store, new TreeHeadSigner(key.privateKey));
  const c = randomUUID();
  await store.append([
    makePending('https://a.example'),
    makePending('https://a.example', c),
    makePending('https://b.example', c),
  ]);
  await heads.signAll();
  await store.append([makePending('https://a.example', c)]); // not covered by the last head: signed on demand
  const pem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { store, heads, c, pem, receipt: await buildReceipt(store, heads, c) };
}

describe('receipts', () => {
  it('cover every site of the consent id and verify offline', async () => {
    const { receipt, pem, store } = await setup();
    expect(receipt.entries.map((e) => [e.record.site, e.record.index])).toEqual([
      ['https://a.example', 1],
      ['https://a.example', 2],
      ['https://b.example', 0],
    ]);
    expect(receipt.treeHeads.find((h) => h.site === 'https://a.example')!.treeSize).toBe(3);
    expect(verifyReceipt(receipt, pem)).toEqual({ valid: true, problems: [] });
    await store.close();
  });

  it('reject a forged tree head, a wrong path, a foreign record and another key', async () => {
    const { receipt, pem, store } = await setup();
    const forged = structuredClone(receipt);
    forged.treeHeads[0]!.rootHash = '00'.repeat(32);
    expect(verifyReceipt(forged, pem).problems.join()).toMatch(/bad signature/);
    const path = structuredClone(receipt);
    path.entries[0]!.inclusionProof[0] = 'ff'.repeat(32);
    expect(verifyReceipt(path, pem).problems.join()).toMatch(/inclusion proof/);
    const foreign = structuredClone(receipt);
    foreign.consentId = randomUUID();
    expect(verifyReceipt(foreign, pem).problems.join()).toMatch(/another consent id/);
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyReceipt(receipt, other).valid).toBe(false);
    await store.close();
  });

  it('use the tree head this process already holds when it covers, without reading the database', async () => {
    const { store, heads, c } = await setup();
    const sth = await heads.signSite('https://a.example');
    let reads = 0;
    const latest = store.latestTreeHead.bind(store);
    store.latestTreeHead = (site) => (reads++, latest(site));
    const again = await buildReceipt(store, heads, c, 'https://a.example');
    expect(again.treeHeads).toEqual([sth]);
    expect(reads).toBe(0);
    await store.append([makePending('https://a.example', c)]); // beyond the held head: read, then signed
    const newer = await buildReceipt(store, heads, c, 'https://a.example');
    expect(reads).toBe(2); // covering() and the signer's check
    expect(newer.treeHeads[0]!.treeSize).toBe(sth.treeSize + 1);
    await store.close();
  });

  it('sign at most one tree head per interval: records past a fresh head are pending, then proven once it is due', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await store.init();
    const key = generateKeyPairSync('ed25519');
    const pem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    let now = Date.parse('2026-12-07T00:00:00Z');
    const signer = new TreeHeadSigner(key.privateKey);
    const realSign = signer.sign.bind(signer);
    signer.sign = (site, size, root) => realSign(site, size, root, new Date(now));
    const heads = new TreeHeadService(store, signer, 1000, () => now);
    heads.start(60_000);
    heads.stop(); // the interval is kept; no timer in this test
    const A = 'https://a.example';
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const c = randomUUID();
      ids.push(c);
      await store.append([makePending(A, c)]);
      const r = await buildReceipt(store, heads, c);
      if (i === 0)
        expect(r.pending).toBeUndefined(); // no head yet: one is signed
      else {
        expect(r.entries).toEqual([]);
        expect(r.pending!.map((p) => p.record.index)).toEqual([i]);
        expect(r.pendingUntil).toBe('2026-12-07T00:01:00.000Z');
        expect(verifyReceipt(r, pem)).toEqual({ valid: true, problems: [], pending: [r.pending![0]!.record.id] });
      }
      now += 100;
    }
    expect(await store.treeHeads(A)).toHaveLength(1);
    now = Date.parse('2026-12-07T00:01:00Z');
    const later = await buildReceipt(store, heads, ids[49]!);
    expect(later.pending).toBeUndefined();
    expect(later.treeHeads[0]!.treeSize).toBe(50);
    expect(verifyReceipt(later, pem)).toEqual({ valid: true, problems: [] });
    expect(await store.treeHeads(A)).toHaveLength(2);
    // A server that leaves a provable record pending is caught.
    const forged = {
      ...later,
      entries: [],
      pending: later.entries.map(({ record, leafHash }) => ({ record, leafHash })),
    };
    expect(verifyReceipt(forged, pem).problems.join()).toMatch(
      /under the signed tree head, yet without an inclusion proof/,
    );
    await store.close();
  });
});
