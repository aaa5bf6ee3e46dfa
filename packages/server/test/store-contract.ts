/**
 * The one contract suite every ProofStore backend runs (like unstorage's testDriver()).
 * @example runStoreContract('sqlite', async () => ({ open: async () => new SqliteStore({ path }), dispose }))
 */
import { randomUUID } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion, EMPTY_ROOT } from '../src/log/merkle.js';
import { recordLeafHash, type PendingRecord } from '../src/log/record.js';
import { TreeHeadSigner } from '../src/log/tree-head.js';
import type { ProofStore } from '../src/stores/types.js';

/** A fresh, empty database that can be opened several times. */
export interface StoreFactory {
  open(): Promise<ProofStore>;
  dispose(): Promise<void>;
}

/** A valid pending record for tests. */
export function makePending(site: string, consentId: string = randomUUID(), time = new Date()): PendingRecord {
  return {
    schema: 'cookiegate-proof/1',
    id: uuidv7(),
    site,
    serverTime: time.toISOString(),
    consentId,
    action: 'custom',
    surface: 'banner',
    decisions: { analytics: true, marketing: false },
    revision: 3,
    shownHash: 'a'.repeat(64),
    locale: 'sv-SE',
    sdkVersion: '0.1.0',
    gpc: false,
    secGpc: false,
    page: `${site}/cart`,
    clientTime: time.toISOString(),
    ipPrefix: '203.0.113.0/24',
    ipHmac: null,
    ipKeyId: null,
    uaFamily: 'Firefox 130 / Linux / desktop',
  };
}

const A = 'https://a.example';
const B = 'https://b.example';

/** Registers the contract tests for one backend. */
export function runStoreContract(name: string, makeFactory: () => Promise<StoreFactory>): void {
  describe(`ProofStore contract: ${name}`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      while (cleanups.length) await cleanups.pop()!();
    });
    async function fresh(): Promise<{ store: ProofStore; factory: StoreFactory }> {
      const factory = await makeFactory();
      const store = await factory.open();
      await store.init();
      cleanups.push(() => factory.dispose());
      cleanups.push(() => store.close());
      return { store, factory };
    }

    it('starts empty', async () => {
      const { store } = await fresh();
      expect(await store.sites()).toEqual([]);
      expect(await store.head(A)).toEqual({ site: A, size: 0, rootHash: EMPTY_ROOT });
      expect(await store.latestTreeHead(A)).toBeNull();
      expect(await store.recordsByConsent(randomUUID())).toEqual([]);
    });

    it('appends a batch across sites with per-site indexes and previous-record links', async () => {
      const { store } = await fresh();
      const c = randomUUID();
      const batch = [makePending(A, c), makePending(B), makePending(A), makePending(A, c)];
      const res = await store.append(batch);
      expect(res.map((r) => [r.site, r.index])).toEqual([[A, 0], [B, 0], [A, 1], [A, 2]]);
      expect(res.map((r) => r.id)).toEqual(batch.map((b) => b.id));
      const more = await store.append([makePending(A, c)]);
      expect(more[0]!.index).toBe(3);
      const recs = await store.recordsByConsent(c);
      expect(recs.map((r) => r.record.index)).toEqual([0, 2, 3]);
      expect(recs.map((r) => r.record.prevId)).toEqual([null, batch[0]!.id, batch[3]!.id]);
      for (const r of recs) expect(recordLeafHash(r.record)).toBe(r.leafHash);
      expect(await store.sites()).toEqual([A, B]);
      expect((await store.head(A)).size).toBe(4);
      expect((await store.head(B)).size).toBe(1);
      expect(await store.recordsByConsent(c, B)).toEqual([]);
    });

    it('serves inclusion and consistency proofs that verify against the head', async () => {
      const { store } = await fresh();
      const heads: Array<{ size: number; rootHash: string }> = [];
      for (let i = 0; i < 6; i++) {
        await store.append(Array.from({ length: 7 }, () => makePending(A)));
        heads.push(await store.head(A));
      }
      const read = store.nodeReader(A);
      const rows = await store.readRows(A, 0, 1000);
      expect(rows.map((r) => r.index)).toEqual([...Array(42).keys()]);
      const last = heads[heads.length - 1]!;
      for (const m of [0, 1, 13, 31, 32, 41]) {
        const path = await inclusionProof(read, m, last.size);
        expect(verifyInclusion(m, last.size, rows[m]!.leafHash, path, last.rootHash)).toBe(true);
      }
      for (let i = 0; i < heads.length - 1; i++) {
        const a = heads[i]!;
        const proof = await consistencyProof(read, a.size, last.size);
        expect(verifyConsistency(a.size, last.size, a.rootHash, last.rootHash, proof)).toBe(true);
      }
    });

    it('keeps one gap-free log under concurrent appends', async () => {
      const { store } = await fresh();
      await Promise.all(Array.from({ length: 20 }, () => store.append([makePending(A), makePending(B), makePending(A)])));
      const rows = await store.readRows(A, 0, 100);
      expect(rows.map((r) => r.index)).toEqual([...Array(40).keys()]);
      expect(new Set(rows.map((r) => r.id)).size).toBe(40);
    });

    it('recovers from a failed first append of a new site (nothing of it is kept)', async () => {
      const { store } = await fresh();
      const C = 'https://c.example';
      await store.append([makePending(A)]);
      // No backend can store a server time that is not a date, so this append fails inside its
      // transaction, after the store has created the site row for C; the rollback takes that row.
      const broken = { ...makePending(C), serverTime: 'not a date' };
      await expect(store.append([makePending(C), broken])).rejects.toThrow();
      expect(await store.sites()).toEqual([A]);
      expect(await store.head(C)).toEqual({ site: C, size: 0, rootHash: EMPTY_ROOT });
      // Another new site may now take the id C's rolled-back row had.
      const [b] = await store.append([makePending(B)]);
      expect(b).toMatchObject({ site: B, index: 0 });
      const [c0] = await store.append([makePending(C)]);
      const [c1] = await store.append([makePending(C)]);
      expect([c0!.index, c1!.index]).toEqual([0, 1]);
      expect(await store.sites()).toEqual([A, B, C]);
      expect((await store.head(B)).size).toBe(1);
      expect((await store.head(C)).size).toBe(2);
      expect((await store.readRows(B, 0, 10)).map((r) => r.id)).toEqual([b!.id]);
      expect((await store.readRows(C, 0, 10)).map((r) => r.id)).toEqual([c0!.id, c1!.id]);
    });

    it('continues the same log after reopening', async () => {
      const { store, factory } = await fresh();
      await store.append([makePending(A), makePending(A), makePending(A)]);
      const before = await store.head(A);
      await store.close();
      const again = await factory.open();
      await again.init();
      cleanups.push(() => again.close());
      expect(await again.head(A)).toEqual(before);
      const [r] = await again.append([makePending(A)]);
      expect(r!.index).toBe(3);
      const head = await again.head(A);
      const path = await inclusionProof(again.nodeReader(A), 1, 4);
      const rows = await again.readRows(A, 0, 10);
      expect(verifyInclusion(1, 4, rows[1]!.leafHash, path, head.rootHash)).toBe(true);
    });

    it('stores signed tree heads in order', async () => {
      const { store } = await fresh();
      const signer = new TreeHeadSigner(generateKeyPairSync('ed25519').privateKey);
      await store.append([makePending(A)]);
      const h1 = signer.sign(A, 1, (await store.head(A)).rootHash);
      await store.saveTreeHead(h1);
      await store.append([makePending(A)]);
      const h2 = signer.sign(A, 2, (await store.head(A)).rootHash);
      await store.saveTreeHead(h2);
      expect(await store.latestTreeHead(A)).toEqual(h2);
      expect(await store.treeHeads(A)).toEqual([h1, h2]);
      expect(await store.treeHeads(B)).toEqual([]);
    });

    it('erases one consent id with tombstones that keep leaf hashes', async () => {
      const { store } = await fresh();
      const c = randomUUID();
      await store.append([makePending(A), makePending(A, c), makePending(A), makePending(B, c)]);
      const head = await store.head(A);
      expect(await store.tombstone({ consentId: c }, 'erasure')).toBe(2);
      expect(await store.recordsByConsent(c)).toEqual([]);
      const rows = await store.readRows(A, 0, 10);
      expect(rows[1]).toMatchObject({ body: null, tombstone: 'erasure' });
      expect(rows[0]!.body).not.toBeNull();
      expect(await store.head(A)).toEqual(head);
      const path = await inclusionProof(store.nodeReader(A), 2, 3);
      expect(verifyInclusion(2, 3, rows[2]!.leafHash, path, head.rootHash)).toBe(true);
    });

    it('purges records older than the retention', async () => {
      const { store } = await fresh();
      const old = new Date('2020-01-01T00:00:00Z');
      const c = randomUUID();
      await store.append([makePending(A, c, old), makePending(A, randomUUID(), old), makePending(A, c)]);
      expect(await store.tombstone({ before: new Date('2021-01-01T00:00:00Z') }, 'retention')).toBe(2);
      const rows = await store.readRows(A, 0, 10);
      expect(rows.map((r) => r.tombstone)).toEqual(['retention', 'retention', null]);
      expect((await store.recordsByConsent(c)).map((r) => r.record.index)).toEqual([2]);
      expect(await store.tombstone({ before: new Date('2021-01-01T00:00:00Z') }, 'retention')).toBe(0);
    });

    it('links no new record to a purged one', async () => {
      const { store } = await fresh();
      const old = new Date('2020-01-01T00:00:00Z');
      const [c, d] = [randomUUID(), randomUUID()];
      const [, kept] = await store.append([makePending(A, c, old), makePending(A, d)]);
      expect(await store.tombstone({ before: new Date('2021-01-01T00:00:00Z') }, 'retention')).toBe(1);
      await store.append([makePending(A, c), makePending(A, d)]);
      expect((await store.recordsByConsent(c)).map((r) => r.record.prevId)).toEqual([null]);
      expect((await store.recordsByConsent(d)).map((r) => r.record.prevId)).toEqual([null, kept!.id]);
    });
  });
}
