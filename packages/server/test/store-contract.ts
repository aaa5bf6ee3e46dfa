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
import type { AppendRefusal, AppendResult, ProofStore } from '../src/stores/types.js';

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

/**
 * The results of an append that must not have refused anything (narrowed for the tests).
 * @example const [r] = appended(await store.append([makePending(A)]));
 */
export function appended(results: Array<AppendResult | AppendRefusal>): AppendResult[] {
  for (const r of results) if ('refused' in r) throw new Error(`refused: ${r.reason}`);
  return results as AppendResult[];
}

const A = 'https://a.example';
const B = 'https://b.example';

/**
 * Call inside a describe: `fresh()` opens and initialises a store on a new, empty database; each
 * is closed and disposed of after its test (and so is whatever else goes into `cleanups`).
 * @example const { fresh, cleanups } = freshStores(makeFactory);
 */
export function freshStores(makeFactory: () => Promise<StoreFactory>): {
  fresh: () => Promise<{ store: ProofStore; factory: StoreFactory }>;
  cleanups: Array<() => Promise<void>>;
} {
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
  return { fresh, cleanups };
}

/** Registers the contract tests for one backend. */
export function runStoreContract(name: string, makeFactory: () => Promise<StoreFactory>): void {
  describe(`ProofStore contract: ${name}`, () => {
    const { fresh, cleanups } = freshStores(makeFactory);

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
      const res = appended(await store.append(batch));
      expect(res.map((r) => [r.site, r.index])).toEqual([
        [A, 0],
        [B, 0],
        [A, 1],
        [A, 2],
      ]);
      expect(res.map((r) => r.id)).toEqual(batch.map((b) => b.id));
      const more = appended(await store.append([makePending(A, c)]));
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
      await Promise.all(
        Array.from({ length: 20 }, () => store.append([makePending(A), makePending(B), makePending(A)])),
      );
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
      const [b] = appended(await store.append([makePending(B)]));
      expect(b).toMatchObject({ site: B, index: 0 });
      const [c0] = appended(await store.append([makePending(C)]));
      const [c1] = appended(await store.append([makePending(C)]));
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
      const [r] = appended(await again.append([makePending(A)]));
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
      const [, kept] = appended(await store.append([makePending(A, c, old), makePending(A, d)]));
      expect(await store.tombstone({ before: new Date('2021-01-01T00:00:00Z') }, 'retention')).toBe(1);
      await store.append([makePending(A, c), makePending(A, d)]);
      expect((await store.recordsByConsent(c)).map((r) => r.record.prevId)).toEqual([null]);
      expect((await store.recordsByConsent(d)).map((r) => r.record.prevId)).toEqual([null, kept!.id]);
    });

    it('stores witness cosignatures once per head and witness, and lists them per site', async () => {
      const { store } = await fresh();
      const c = {
        site: A,
        treeSize: 3,
        rootHash: 'ab'.repeat(32),
        timestamp: '2026-12-07T00:00:00.000Z',
        keyId: 'k',
        witnessKeyId: 'w1',
        cosignature: 'c1',
      };
      await store.saveCosignature(c);
      await store.saveCosignature(c); // a witness posting again changes nothing
      await store.saveCosignature({ ...c, witnessKeyId: 'w2', cosignature: 'c2' });
      await store.saveCosignature({ ...c, site: B, treeSize: 1 });
      expect((await store.cosignatures(A)).map((x) => x.witnessKeyId).sort()).toEqual(['w1', 'w2']);
      expect(await store.cosignatures(B)).toEqual([{ ...c, site: B, treeSize: 1 }]);
      expect(await store.cosignatures('https://none.example')).toEqual([]);
    });

    describe('chain binding (BINDING-SPEC.md)', () => {
      const jwk = (n: string) => ({ kty: 'EC', crv: 'P-256', x: n.repeat(43), y: 'y'.repeat(43) }) as const;
      const text = (n: string) => `${n.repeat(43)}.${'y'.repeat(43)}`;
      const first = (site: string, c: string, n: string): PendingRecord => ({
        ...makePending(site, c),
        chainKey: jwk(n),
        sig: 's'.repeat(86),
      });

      it("stores the first record's key and refuses, writing nothing, a record verified under another key", async () => {
        const { store } = await fresh();
        const c = randomUUID();
        expect(await store.chainBinding(A, c)).toEqual({ state: 'new' });
        appended(await store.append([first(A, c, 'a')], [text('a')]));
        expect(await store.chainBinding(A, c)).toEqual({ state: 'bound', key: text('a') });
        const head = await store.head(A);
        const forged = await store.append([makePending(A, c)], [text('b')]);
        expect(forged).toEqual([{ refused: 403, reason: "sig is not by the chain's key" }]);
        const hijack = await store.append([first(A, c, 'b')], [text('b')]);
        expect(hijack).toEqual([{ refused: 403, reason: 'chain is bound to another key' }]);
        expect(await store.head(A)).toEqual(head);
        expect(await store.recordsByConsent(c)).toHaveLength(1);
        const [next] = appended(await store.append([makePending(A, c)], [text('a')]));
        expect((await store.recordsByConsent(c)).map((r) => r.record.id)).toEqual([expect.any(String), next!.id]);
        expect(await store.chainBinding(B, c)).toEqual({ state: 'new' }); // chains are per site
      });

      it('refuses single records of a batch and appends the rest, in one gap-free log', async () => {
        const { store } = await fresh();
        const [c, d] = [randomUUID(), randomUUID()];
        const res = await store.append(
          [first(A, c, 'a'), makePending(A, c), makePending(A, c), first(A, d, 'd'), first(A, d, 'e')],
          [text('a'), text('a'), text('z'), text('d'), text('e')],
        );
        expect(res.map((r) => ('refused' in r ? r.refused : r.index))).toEqual([0, 1, 403, 2, 403]);
        expect((await store.head(A)).size).toBe(3);
        expect((await store.recordsByConsent(c)).map((r) => r.record.prevId)).toEqual([
          null,
          (res[0] as AppendResult).id,
        ]);
      });

      it("answers a resend of a chain's latest record (same sig) with that record and writes nothing", async () => {
        const { store } = await fresh();
        const c = randomUUID();
        const one = first(A, c, 'a');
        const copy = { ...one, id: uuidv7() }; // the server gives every request its own record id
        const [a, b] = (await store.append([one, copy], [text('a'), text('a')])) as AppendResult[];
        expect(b).toEqual({ ...a, duplicate: true });
        const later = { ...makePending(A, c), sig: 't'.repeat(86) };
        const [l] = appended(await store.append([later], [text('a')]));
        const head = await store.head(A);
        expect(await store.append([{ ...later, id: uuidv7() }], [text('a')])).toEqual([{ ...l!, duplicate: true }]);
        // Only the latest record counts: the first one sent again after it is a new record.
        const [again] = appended(await store.append([{ ...one, id: uuidv7() }], [text('a')]));
        expect(again!.index).toBe(head.size);
        expect((await store.recordsByConsent(c)).map((r) => r.record.id)).toEqual([a!.id, l!.id, again!.id]);
      });

      it('a chain from before binding accepts no further signed record (409)', async () => {
        const { store } = await fresh();
        const c = randomUUID();
        await store.append([makePending(A, c)]); // no key: as stored before binding existed
        expect(await store.chainBinding(A, c)).toEqual({ state: 'unbound' });
        expect(await store.append([makePending(A, c)], [text('a')])).toEqual([
          { refused: 409, reason: 'chain is not bound to a key; start a new consent id' },
        ]);
        expect(await store.append([first(A, c, 'a')], [text('a')])).toEqual([
          { refused: 409, reason: 'chain is not bound to a key; start a new consent id' },
        ]);
        expect((await store.head(A)).size).toBe(1);
      });

      it('keeps the key through a retention purge; an erasure forgets it', async () => {
        const { store } = await fresh();
        const c = randomUUID();
        await store.append([{ ...first(A, c, 'a'), serverTime: '2020-01-01T00:00:00.000Z' }], [text('a')]);
        await store.tombstone({ before: new Date('2021-01-01T00:00:00Z') }, 'retention');
        expect(await store.chainBinding(A, c)).toEqual({ state: 'bound', key: text('a') });
        expect(await store.append([makePending(A, c)], [text('b')])).toEqual([
          { refused: 403, reason: "sig is not by the chain's key" },
        ]);
        appended(await store.append([makePending(A, c)], [text('a')]));
        await store.tombstone({ consentId: c }, 'erasure');
        expect(await store.chainBinding(A, c)).toEqual({ state: 'new' });
        appended(await store.append([first(A, c, 'n')], [text('n')]));
      });
    });
  });
}
