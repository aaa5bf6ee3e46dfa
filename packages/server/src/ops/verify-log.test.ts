import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePending } from '../../test/store-contract.js';
import { SqliteStore } from '../stores/sqlite/sqlite.js';
import { TreeHeadSigner } from '../log/tree-head.js';
import { TreeHeadService } from './tree-head-service.js';
import { verifyLog } from './verify-log.js';
import { tombstoneWithEvents } from '../events/log-event.js';

const A = 'https://a.example';
const key = generateKeyPairSync('ed25519');
let dir: string;
let store: SqliteStore;
let heads: TreeHeadService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookiegate-verify-'));
  store = new SqliteStore({ path: join(dir, 'p.db') });
  await store.init();
  heads = new TreeHeadService(store, new TreeHeadSigner(key.privateKey));
  for (let i = 0; i < 5; i++) {
    await store.append(Array.from({ length: 9 }, () => makePending(A)));
    await store.append([makePending('https://b.example')]);
    await heads.signAll();
  }
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('verifyLog', () => {
  it('passes on an intact log, with tombstones', async () => {
    const c = randomUUID();
    await store.append([makePending(A, c)]);
    await heads.signAll();
    await tombstoneWithEvents(store, { consentId: c }, 'erasure', 'admin:test'); // the event, then the tombstone
    const res = await verifyLog(store, key.publicKey);
    expect(res.problems).toEqual([]);
    expect(res).toMatchObject({ ok: true, records: 52, tombstones: 1, treeHeads: 11 });
  });

  it('names the first record whose content was edited', async () => {
    const siteId = store.database.prepare('SELECT id FROM sites WHERE origin = ?').pluck().get(A) as number;
    const row = { id: (await store.readRows(A, 17, 1))[0]!.id };
    store.database
      .prepare(
        'UPDATE records SET body = replace(body, \'"marketing":false\', \'"marketing":true\') WHERE rid IN (?, ?)',
      )
      .run(siteId * 2 ** 40 + 17, siteId * 2 ** 40 + 30);
    const res = await verifyLog(store, key.publicKey);
    expect(res.ok).toBe(false);
    expect(res.problems[0]).toMatchObject({ site: A, index: 17, recordId: row.id });
    expect(res.problems[0]!.message).toMatch(/content does not match its leaf hash/);
    expect(res.problems[1]).toMatchObject({ index: 30 });
  });

  it('catches a record re-hashed to hide an edit (tree nodes and signed heads disagree)', async () => {
    const id = store.database.prepare('SELECT id FROM sites WHERE origin = ?').pluck().get(A) as number;
    store.database.prepare('UPDATE records SET leaf_hash = randomblob(32) WHERE rid = ?').run(id * 2 ** 40 + 4);
    const res = await verifyLog(store, key.publicKey);
    expect(res.ok).toBe(false);
    expect(res.problems.map((p) => p.message).join('\n')).toMatch(/stored tree node over records 4\.\.5/);
    expect(res.problems.map((p) => p.message).join('\n')).toMatch(/tree head of size 9 .* does not match/);
  });

  it('catches removed records and forged tree heads', async () => {
    const id = store.database.prepare('SELECT id FROM sites WHERE origin = ?').pluck().get(A) as number;
    store.database.prepare('DELETE FROM records WHERE rid >= ?').run(id * 2 ** 40 + 40);
    store.database
      .prepare('UPDATE tree_heads SET sth = replace(sth, \'"treeSize":1,\', \'"treeSize":2,\') WHERE tree_size = 1')
      .run();
    const msgs = (await verifyLog(store, key.publicKey)).problems.map((p) => p.message).join('\n');
    expect(msgs).toMatch(/beyond the 40 records/);
    expect(msgs).toMatch(/bad signature/);
  });
});
