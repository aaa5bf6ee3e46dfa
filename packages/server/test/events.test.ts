/**
 * Purge and erasure leave events in the log, and `verifyLog` refuses a tombstone that no event
 * covers (one made with plain SQL), on SQLite and PostgreSQL.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_SCHEMA, tombstoneWithEvents, type LogEvent } from '../src/events/log-event.js';
import { makePending } from './store-contract.js';
import { TreeHeadSigner } from '../src/log/tree-head.js';
import { verifyLog } from '../src/ops/verify-log.js';
import { backends, type OpenedBackend } from './backends.js';

const SITE = 'https://shop.example';
const key = generateKeyPairSync('ed25519');
const signer = new TreeHeadSigner(key.privateKey);

describe.each(backends)('erasure and retention as log events: $name', (backend) => {
  let opened: OpenedBackend | undefined;
  afterEach(async () => {
    await opened?.store.close();
    await opened?.dispose();
  });

  async function logWith(): Promise<{ o: OpenedBackend; c: string; old: string }> {
    const o = (opened = await backend.open());
    await o.store.init();
    const c = randomUUID();
    const oldRec = makePending(SITE, randomUUID(), new Date('2020-01-01T00:00:00Z'));
    await o.store.append([oldRec, makePending(SITE, c), makePending(SITE), makePending(SITE, c)]);
    const head = await o.store.head(SITE);
    await o.store.saveTreeHead(signer.sign(SITE, head.size, head.rootHash));
    return { o, c, old: oldRec.id };
  }

  it('an erasure and a purge append events naming what they tombstone, and the log verifies', async () => {
    const { o, c } = await logWith();
    expect(await tombstoneWithEvents(o.store, { consentId: c }, 'erasure', 'admin:abc')).toBe(2);
    expect(
      await tombstoneWithEvents(o.store, { before: new Date('2021-01-01T00:00:00Z') }, 'retention', 'cli:ops'),
    ).toBe(1);
    const rows = await o.store.readRows(SITE, 0, 100);
    const events = rows.filter((r) => r.body?.startsWith('{"actor":')).map((r) => JSON.parse(r.body!) as LogEvent);
    expect(events).toEqual([
      expect.objectContaining({ schema: EVENT_SCHEMA, event: 'erasure', covers: [1, 3], actor: 'admin:abc', index: 4 }),
      expect.objectContaining({
        schema: EVENT_SCHEMA,
        event: 'retention',
        before: '2021-01-01T00:00:00.000Z',
        actor: 'cli:ops',
        index: 5,
      }),
    ]);
    // A later purge does not remove the events that explain the earlier tombstones.
    expect(await tombstoneWithEvents(o.store, { before: new Date(Date.now() + 60_000) }, 'retention', 'cli:ops')).toBe(
      1,
    );
    expect((await o.store.readRows(SITE, 4, 2)).map((r) => r.tombstone)).toEqual([null, null]);
    const res = await verifyLog(o.store, key.publicKey);
    expect(res.problems).toEqual([]);
    expect(res.tombstones).toBe(4);
  });

  it('verify fails on a tombstone made with plain SQL, naming the record', async () => {
    const { o, old } = await logWith();
    expect(await o.tombstoneBySql(old, 'retention')).toBe(1);
    const res = await verifyLog(o.store, key.publicKey);
    expect(res.ok).toBe(false);
    expect(res.problems.map((p) => p.message)).toEqual([
      `record ${old} at index 0: tombstone (retention) that no retention event covers`,
      expect.stringMatching(/^stats rollups differ from the log in 21 counts .*action custom: stored 1, the log has 0/), // still counted
    ]);
  });

  it('an erasure event covers only the indexes it names', async () => {
    const { o, c, old } = await logWith();
    await tombstoneWithEvents(o.store, { consentId: c }, 'erasure', 'admin:abc');
    expect(await o.tombstoneBySql(old, 'erasure')).toBe(1);
    const res = await verifyLog(o.store, key.publicKey);
    expect(res.problems.map((p) => p.message)).toEqual([
      `record ${old} at index 0: tombstone (erasure) that no erasure event covers`,
      expect.stringMatching(/^stats rollups differ from the log in 21 counts .*action custom: stored 1, the log has 0/), // still counted
    ]);
  });
});
