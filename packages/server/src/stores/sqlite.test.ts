import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePending, runStoreContract } from './contract.js';
import { SqliteStore } from './sqlite.js';
import { SqliteWorkerStore } from './sqlite-thread.js';

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

// A tiny recent tree: every append merges a slice into the big tree, so the
// whole contract runs across both levels of the consent-id index.
runStoreContract('sqlite, consent index merging on every append', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-m-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteStore({ path, recentIndexMax: 1 }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite consent-id index', () => {
  it('links to a record that another connection merged into the big tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-two-'));
    try {
      const path = join(dir, 'proofs.db');
      const site = 'https://shop.example';
      const a = new SqliteStore({ path, recentIndexMax: 1 });
      const b = new SqliteStore({ path, recentIndexMax: 1 });
      await a.init();
      await b.init(); // a's filter of the big tree is built now, before b merges anything
      const consent = randomUUID();
      const [first] = await b.append([makePending(site, consent)]);
      for (let i = 0; i < 70; i++) await b.append([makePending(site)]); // every slice gets merged
      const inRecent = b.database.prepare('SELECT count(*) FROM consent_recent WHERE rid = ?').pluck();
      expect(inRecent.get(first!.index)).toBe(0);
      await a.append([makePending(site, consent)]);
      const mine = await a.recordsByConsent(consent);
      expect(mine.map((r) => r.record.prevId)).toEqual([null, first!.id]);
      await a.close();
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a one-level index of an older database into the two-level one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-old-'));
    try {
      const path = join(dir, 'proofs.db');
      const site = 'https://shop.example';
      const consent = randomUUID();
      let store = new SqliteStore({ path });
      await store.init();
      await store.append([makePending(site, consent), makePending(site), makePending(site, consent)]);
      // What the earlier schema had: one partial index on records, no index tables.
      store.database.exec(`DELETE FROM consent_recent; DELETE FROM consent_index;
        CREATE INDEX records_consent ON records (consent) WHERE consent IS NOT NULL;`);
      await store.close();
      store = new SqliteStore({ path });
      await store.init();
      expect((await store.recordsByConsent(consent)).map((r) => r.record.index)).toEqual([0, 2]);
      const [next] = await store.append([makePending(site, consent)]);
      const mine = await store.recordsByConsent(consent);
      expect(next!.index).toBe(3);
      expect(mine.map((r) => r.record.index)).toEqual([0, 2, 3]);
      expect(mine[2]!.record.prevId).toBe(mine[1]!.record.id);
      const old = store.database.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'records_consent'").pluck().get();
      expect(old).toBe(0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
