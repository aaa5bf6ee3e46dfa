import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appended, makePending, runStoreContract } from '../../../test/store-contract.js';
import { runStatsContract } from '../../../test/store-contract-stats.js';
import { SqliteStore } from './sqlite.js';
import { SqliteWorkerStore } from './thread.js';

runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteStore({ path }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

runStoreContract('sqlite on a worker thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-w-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteWorkerStore({ path }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

for (const [name, open] of [
  ['sqlite', (path: string) => new SqliteStore({ path })],
  ['sqlite on a worker thread', (path: string) => new SqliteWorkerStore({ path })],
] as const)
  runStatsContract(name, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-s-'));
    const path = join(dir, 'proofs.db');
    return { open: async () => open(path), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  });

// One entry in memory at most: every append merges a slice into the on-disk tree,
// so the whole contract runs across both levels of the consent-id index.
runStoreContract('sqlite, consent index merging on every append', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-m-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteStore({ path, recentIndexMax: 1 }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite consent-id index', () => {
  const site = 'https://shop.example';
  const twoConnections = async (recentIndexMax: number, body: (a: SqliteStore, b: SqliteStore) => Promise<void>) => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-two-'));
    const path = join(dir, 'proofs.db');
    const a = new SqliteStore({ path, recentIndexMax });
    const b = new SqliteStore({ path, recentIndexMax });
    try {
      await a.init();
      await b.init(); // a's filter of the big tree is built now, before b merges anything
      await body(a, b);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('links to a record that another connection merged into the big tree', () =>
    twoConnections(1, async (a, b) => {
      const consent = randomUUID();
      const [first] = appended(await b.append([makePending(site, consent)]));
      for (let i = 0; i < 70; i++) await b.append([makePending(site)]); // every slice gets merged
      const onDisk = b.database.prepare('SELECT count(*) FROM consent_index WHERE rid % (1 << 40) = ?').pluck();
      expect(onDisk.get(first!.index)).toBe(1);
      await a.append([makePending(site, consent)]);
      const mine = await a.recordsByConsent(consent);
      expect(mine.map((r) => r.record.prevId)).toEqual([null, first!.id]);
    }));

  it('links to a record that another connection holds only in memory, and finds it for a receipt', () =>
    twoConnections(65_536, async (a, b) => {
      const consent = randomUUID();
      const [first] = appended(await b.append([makePending(site, consent)]));
      expect(b.database.prepare('SELECT count(*) FROM consent_index').pluck().get()).toBe(0);
      expect((await a.recordsByConsent(consent)).map((r) => r.record.id)).toEqual([first!.id]);
      await a.append([makePending(site, consent)]);
      const [third] = appended(await b.append([makePending(site, consent)]));
      const mine = await b.recordsByConsent(consent);
      expect(mine.map((r) => r.record.prevId)).toEqual([null, first!.id, mine[1]!.record.id]);
      expect(mine[2]!.record.id).toBe(third!.id);
    }));

  it('after another connection erases a consent id, a new decision does not link to the erased records', () =>
    twoConnections(65_536, async (a, b) => {
      const consent = randomUUID();
      await a.append([makePending(site, consent)]);
      await a.append([makePending(site, consent)]);
      expect(await b.tombstone({ consentId: consent }, 'erasure')).toBe(2);
      const [next] = appended(await a.append([makePending(site, consent)]));
      const mine = await a.recordsByConsent(consent);
      expect(mine.map((r) => [r.record.id, r.record.prevId])).toEqual([[next!.id, null]]);
    }));

  it('rebuilds its memory from the records after a restart that merged nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-mem-'));
    try {
      const path = join(dir, 'proofs.db');
      const consent = randomUUID();
      let store = new SqliteStore({ path, recentIndexMax: 4 });
      await store.init();
      const [first] = appended(await store.append([makePending(site, consent), makePending(site), makePending(site)]));
      await store.append(Array.from({ length: 6 }, () => makePending(site))); // over 4: some slices merge
      store.database.close(); // as a crash would leave it: no clean shutdown step
      store = new SqliteStore({ path, recentIndexMax: 4 });
      await store.init();
      const [next] = appended(await store.append([makePending(site, consent)]));
      const mine = await store.recordsByConsent(consent);
      expect(mine.map((r) => r.record.id)).toEqual([first!.id, next!.id]);
      expect(mine[1]!.record.prevId).toBe(first!.id);
      const indexed = store.database.prepare('SELECT count(*) FROM consent_index').pluck().get() as number;
      expect(indexed).toBeGreaterThan(0); // the test covers both levels
      expect(indexed).toBeLessThan(10);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [name, oldSchema] of [
    ['one index on records', 'CREATE INDEX records_consent ON records (consent) WHERE consent IS NOT NULL;'],
    [
      'a recent tree on disk',
      `CREATE TABLE consent_recent (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
       INSERT INTO consent_recent SELECT consent, rid FROM records WHERE consent IS NOT NULL;
       CREATE TABLE consent_merges (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL); INSERT INTO consent_merges VALUES (1, 3);`,
    ],
  ] as const) {
    it(`moves the consent-id index of an older database (${name}) into the current one`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-old-'));
      try {
        const path = join(dir, 'proofs.db');
        const consent = randomUUID();
        let store = new SqliteStore({ path });
        await store.init();
        await store.append([makePending(site, consent), makePending(site), makePending(site, consent)]);
        // What the earlier schema had instead of today's index tables.
        store.database.exec(`DROP TABLE consent_index; DROP TABLE consent_slices; DROP TABLE consent_counts;
          CREATE TABLE consent_index (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
          ${oldSchema}`);
        await store.close();
        store = new SqliteStore({ path });
        await store.init();
        expect((await store.recordsByConsent(consent)).map((r) => r.record.index)).toEqual([0, 2]);
        const [next] = appended(await store.append([makePending(site, consent)]));
        const mine = await store.recordsByConsent(consent);
        expect(next!.index).toBe(3);
        expect(mine.map((r) => r.record.index)).toEqual([0, 2, 3]);
        expect(mine[2]!.record.prevId).toBe(mine[1]!.record.id);
        const old = store.database
          .prepare(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('records_consent', 'consent_recent', 'consent_merges')",
          )
          .pluck()
          .get();
        expect(old).toBe(0);
        await store.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
