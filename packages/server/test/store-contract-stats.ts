/**
 * The statistics part of the store contract (issue 17), run by every backend: rollups kept at
 * append time equal a recount of the log after appends, refusals, erasures and purges.
 * @example runStatsContract('sqlite', async () => ({ open: async () => new SqliteStore({ path }), dispose }))
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tombstoneWithEvents } from '../src/events/log-event.js';
import type { PendingRecord } from '../src/log/record.js';
import { dayOf, parseDay } from '../src/stats/day.js';
import { Recount } from '../src/stats/recount.js';
import { buildReport } from '../src/stats/report.js';
import type { CountedRecord } from '../src/stats/rollup.js';
import type { ProofStore } from '../src/stores/types.js';
import { appended, freshStores, makePending, type StoreFactory } from './store-contract.js';

const A = 'https://a.example';
const B = 'https://b.example';
const DAY1 = new Date('2026-12-01T10:00:00Z');
const DAY2 = new Date('2026-12-02T23:59:59Z');
const D1 = dayOf(DAY1.getTime());
const D2 = dayOf(DAY2.getTime());

/** A record with the given fields over the contract's default one. */
const rec = (
  site: string,
  time: Date,
  fields: Partial<PendingRecord>,
  consentId: string = randomUUID(),
): PendingRecord => ({
  ...makePending(site, consentId, time),
  ...fields,
});

/** The differences between a site's stored rollups and a recount of its live records (none when they agree). */
export async function rollupDifferences(store: ProofStore, site: string): Promise<string[]> {
  const recount = new Recount();
  for (const row of await store.readRows(site, 0, 100_000))
    if (row.body) recount.add(JSON.parse(row.body) as CountedRecord);
  return recount.differences(await store.rollupRows(site));
}

/** Registers the statistics contract tests for one backend. */
export function runStatsContract(name: string, makeFactory: () => Promise<StoreFactory>): void {
  describe(`StatsStore contract: ${name}`, () => {
    const { fresh, cleanups } = freshStores(makeFactory);
    const report = async (store: ProofStore, site: string) =>
      buildReport({ site, from: D1, to: D2, by: 'day' }, await store.statsRange(site, D1, D2));

    /** Six records of A over two days and one of B; `c` is the consent id of two of A's. */
    async function seed(store: ProofStore, c: string = randomUUID()) {
      appended(
        await store.append([
          rec(A, DAY1, { action: 'accept_all', surface: 'banner', locale: 'sv', decisions: { analytics: true } }, c),
          rec(A, DAY1, { action: 'reject_all', surface: 'banner', locale: 'en', gpc: true, gpcApplied: true }),
          rec(A, DAY1, { action: 'custom', surface: 'preferences', locale: 'sv', secGpc: true }),
          rec(B, DAY1, { action: 'accept_all' }),
        ]),
      );
      appended(
        await store.append([
          rec(A, DAY2, { action: 'withdraw', surface: 'floating', locale: 'sv', page: `${A}/` }, c),
          rec(A, DAY2, { action: 'accept_all', surface: 'banner', locale: 'sv', page: `${A}/`, revision: 4 }),
          rec(A, DAY2, { action: 'expire', surface: 'api', locale: 'en', decisions: { analytics: false } }),
        ]),
      );
    }

    it('counts each record once per dimension, per site and day, as it is appended', async () => {
      const { store } = await fresh();
      await seed(store, randomUUID());
      const r = await report(store, A);
      expect(r.totals).toEqual({
        decisions: 6,
        impressions: 0,
        actions: { accept_all: 2, reject_all: 1, custom: 1, withdraw: 1, expire: 1 },
        gpc: 2,
        gpcApplied: 1,
      });
      expect(r.series).toEqual([
        {
          period: '2026-12-01',
          decisions: 3,
          impressions: 0,
          actions: { accept_all: 1, reject_all: 1, custom: 1 },
          gpc: 2,
        },
        {
          period: '2026-12-02',
          decisions: 3,
          impressions: 0,
          actions: { withdraw: 1, accept_all: 1, expire: 1 },
          gpc: 0,
        },
      ]);
      expect(r.surfaces).toEqual({
        banner: { accept_all: 2, reject_all: 1 },
        preferences: { custom: 1 },
        floating: { withdraw: 1 },
        api: { expire: 1 },
      });
      expect(r.locales).toEqual({ sv: { accept_all: 2, custom: 1, withdraw: 1 }, en: { reject_all: 1, expire: 1 } });
      expect(r.pages).toEqual([
        { page: `${A}/cart`, actions: { accept_all: 1, reject_all: 1, custom: 1, expire: 1 } },
        { page: `${A}/`, actions: { withdraw: 1, accept_all: 1 } },
      ]);
      // withdraw and expire count in actions only
      expect(r.purposes).toEqual({ analytics: { granted: 4, denied: 0 }, marketing: { granted: 0, denied: 3 } });
      expect(r.revisions).toEqual({
        '3': { accept_all: 1, reject_all: 1, custom: 1, withdraw: 1, expire: 1 },
        '4': { accept_all: 1 },
      });
      expect((await report(store, B)).totals.actions).toEqual({ accept_all: 1 });
      expect(await rollupDifferences(store, A)).toEqual([]);
      expect(await rollupDifferences(store, B)).toEqual([]);
    });

    it('takes back the counts of erased and purged records, and counts no log event', async () => {
      const { store } = await fresh();
      const c = randomUUID();
      await seed(store, c);
      expect(await tombstoneWithEvents(store, { consentId: c }, 'erasure', 'test')).toBe(2);
      let r = await report(store, A);
      expect(r.totals.actions).toEqual({ reject_all: 1, custom: 1, accept_all: 1, expire: 1 });
      expect(r.purposes.analytics).toEqual({ granted: 3, denied: 0 });
      expect(await rollupDifferences(store, A)).toEqual([]);
      // Everything of day 1 and the first second of day 2 (nothing there) goes.
      expect(await tombstoneWithEvents(store, { before: new Date('2026-12-02T00:00:01Z') }, 'retention', 'test')).toBe(
        3,
      );
      r = await report(store, A);
      expect(r.totals).toMatchObject({ decisions: 2, actions: { accept_all: 1, expire: 1 }, gpc: 0, gpcApplied: 0 });
      expect(r.series[0]).toEqual({ period: '2026-12-01', decisions: 0, impressions: 0, actions: {}, gpc: 0 });
      expect(r.surfaces).toEqual({ banner: { accept_all: 1 }, api: { expire: 1 } });
      expect(await rollupDifferences(store, A)).toEqual([]);
      expect(await rollupDifferences(store, B)).toEqual([]);
      expect((await report(store, B)).totals.decisions).toBe(0);
    });

    it('counts no refused record and keeps counts right under concurrent appends', async () => {
      const { store } = await fresh();
      const c = randomUUID();
      const key = (n: string) => `${n.repeat(43)}.${'y'.repeat(43)}`;
      const first = {
        chainKey: { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'y'.repeat(43) },
        sig: 's'.repeat(86),
      } as const;
      const res = await store.append(
        [rec(A, DAY1, first, c), rec(A, DAY1, { action: 'reject_all' }, c)],
        [key('a'), key('z')],
      );
      expect(res.map((x) => ('refused' in x ? x.refused : x.index))).toEqual([0, 403]);
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.append([
            rec(A, i % 2 ? DAY1 : DAY2, { action: i % 3 ? 'accept_all' : 'reject_all', locale: `l${i % 4}` }),
            rec(B, DAY2, { surface: 'floating' }),
          ]),
        ),
      );
      const r = await report(store, A);
      expect(r.totals.decisions).toBe(11);
      expect(r.totals.actions).toEqual({ custom: 1, accept_all: 6, reject_all: 4 });
      expect(await rollupDifferences(store, A)).toEqual([]);
      expect(await rollupDifferences(store, B)).toEqual([]);
    });

    it('adds impressions per day, locale and variant', async () => {
      const { store } = await fresh();
      await store.addImpressions([
        { site: A, day: D1, locale: 'sv', variant: '', n: 3 },
        { site: A, day: D1, locale: 'sv', variant: 'b', n: 2 },
        { site: B, day: D1, locale: 'sv', variant: '', n: 7 },
      ]);
      await store.addImpressions([
        { site: A, day: D1, locale: 'sv', variant: '', n: 1 },
        { site: A, day: D1, locale: 'sv', variant: '', n: 1 },
        { site: A, day: D2, locale: 'en', variant: 'b', n: 5 },
      ]);
      const r = await report(store, A);
      expect(r.totals.impressions).toBe(12);
      expect(r.series.map((p) => p.impressions)).toEqual([7, 5]);
      expect(r.variants).toEqual({ b: { impressions: 7, actions: {} } });
      const only2 = await store.statsRange(A, D2, D2);
      expect(only2.impressions).toEqual([{ day: D2, locale: 'en', variant: 'b', n: 5 }]);
      expect(await store.sites()).toEqual([]); // impressions make no log
    });

    it('keeps its counts across reopening and rebuilds the same counts from the log', async () => {
      const { store, factory } = await fresh();
      const c = randomUUID();
      await seed(store, c);
      await store.tombstone({ consentId: c }, 'erasure');
      const before = await report(store, A);
      await store.close();
      const again = await factory.open();
      await again.init();
      cleanups.push(() => again.close());
      expect(await report(again, A)).toEqual(before);
      expect(await again.rebuildStats()).toBe(5);
      expect(await report(again, A)).toEqual(before);
      expect(await rollupDifferences(again, A)).toEqual([]);
      expect(parseDay('2026-12-01')).toBe(D1);
    });
  });
}
