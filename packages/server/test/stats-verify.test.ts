/**
 * `verify` recounts the statistics from the log: a rollup row edited with plain SQL (as a
 * dishonest operator could, to make a banner look better) fails it, naming the count; a
 * rebuild recounts it. On SQLite and PostgreSQL.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { tombstoneWithEvents } from '../src/events/log-event.js';
import { verifyLog } from '../src/ops/verify-log.js';
import { dayOf, dayText } from '../src/stats/day.js';
import { backends, type OpenedBackend } from './backends.js';
import { makePending } from './store-contract.js';

const SITE = 'https://shop.example';
const key = generateKeyPairSync('ed25519').publicKey;
const WHEN = new Date('2026-12-01T12:00:00Z');
const DAY = dayOf(WHEN.getTime());

for (const backend of backends)
  describe(`verify recounts the statistics: ${backend.name}`, () => {
    let opened: OpenedBackend | undefined;
    afterEach(async () => {
      await opened?.store.close();
      await opened?.dispose();
      opened = undefined;
    });

    it('fails naming a rollup edited with SQL, and passes again after a rebuild', async () => {
      opened = await backend.open();
      const { store } = opened;
      await store.init();
      const c = randomUUID();
      await store.append([
        { ...makePending(SITE, c, WHEN), action: 'reject_all' },
        { ...makePending(SITE, randomUUID(), WHEN), action: 'accept_all' },
        { ...makePending(SITE, randomUUID(), WHEN), action: 'reject_all' },
      ]);
      await tombstoneWithEvents(store, { consentId: c }, 'erasure', 'test');
      expect((await verifyLog(store, key)).problems).toEqual([]);

      expect(
        await opened.sql(
          `UPDATE stats_rollups SET n = n + 40 WHERE span = 1 AND dim = 'action' AND a = 'accept_all' AND day = ${DAY}`,
        ),
      ).toBe(1);
      expect(await opened.sql(`DELETE FROM stats_rollups WHERE span = 1 AND dim = 'action' AND a = 'reject_all'`)).toBe(
        1,
      );
      const res = await verifyLog(store, key);
      expect(res.ok).toBe(false);
      expect(res.problems.map((p) => p.message)).toEqual([
        `stats rollups differ from the log in 2 counts (cookiegate-server stats rebuild recounts them): ` +
          `${dayText(DAY)} action accept_all: stored 41, the log has 1; ${dayText(DAY)} action reject_all: stored 0, the log has 1`,
      ]);

      expect(await store.rebuildStats()).toBe(2);
      expect((await verifyLog(store, key)).problems).toEqual([]);
    });

    it('counts the records of a database from before the statistics when their tables are created', async () => {
      opened = await backend.open();
      const { store } = opened;
      await store.init();
      await store.append([makePending(SITE, randomUUID(), WHEN), makePending(SITE, randomUUID(), WHEN)]);
      await store.close();
      await opened.sql('DROP TABLE stats_rollups');
      const again = opened.reopen();
      await again.init();
      try {
        expect((await again.rollupRows(SITE)).find((r) => r.dim === 'action')).toMatchObject({ a: 'custom', n: 2 });
        expect((await verifyLog(again, key)).problems).toEqual([]);
      } finally {
        await again.close();
      }
    });
  });
