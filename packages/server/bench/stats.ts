/**
 * Statistics benchmark (issue 17), not a test: the stats query (`statsRange` + `buildReport`, what
 * `GET /v1/stats` runs) over a 1,000,000-record log whose records are spread over a year
 * (pages, locales, actions, surfaces, purposes, GPC), on SQLite and on PostgreSQL (the same log,
 * copied from the SQLite file: bench/sqlite-to-postgres.ts), and the CPU an append costs with the
 * rollups on and off (the store's stats hooks made no-ops in this process).
 * Run alone: node --import tsx bench/stats.ts (env: BENCH_STATS_RECORDS, default 1000000; BENCH_SKIP_PG=1).
 * run.ts calls it too.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PendingRecord } from '../src/log/record.js';
import { dayOf } from '../src/stats/day.js';
import { buildReport } from '../src/stats/report.js';
import { RollupBatch } from '../src/stats/rollup.js';
import { SqliteStats } from '../src/stores/sqlite/stats.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { SqliteWorkerStore } from '../src/stores/sqlite/thread.js';
import { PostgresStore } from '../src/stores/postgres/postgres.js';
import type { ProofStore } from '../src/stores/types.js';
import { startPostgres } from './postgres.js';
import { benchRecord } from './preload.js';
import { copySqliteLog } from './sqlite-to-postgres.js';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
const SITE = 'https://shop.example';
const DAY_MS = 86_400_000;
const ACTIONS = [
  'accept_all',
  'accept_all',
  'accept_all',
  'reject_all',
  'reject_all',
  'custom',
  'withdraw',
  'reprompt',
];
const SURFACES = ['banner', 'banner', 'banner', 'preferences', 'floating', 'api'] as const;
const LOCALES = ['sv-SE', 'en-GB', 'de-DE', 'fr-FR', 'fi-FI', 'nb-NO', 'da-DK', 'es-ES'];
const PAGES = 500;

/** A record of day `i % spreadDays` before today, with fields that vary like a shop's traffic. */
export function statsRecord(i: number, spreadDays = 366, today = dayOf(Date.now())): PendingRecord {
  const r = benchRecord(SITE);
  const at = new Date((today - (i % spreadDays)) * DAY_MS + (i % 86_400) * 1000).toISOString();
  const pick = <T>(list: readonly T[], salt: number) => list[(i * 7919 + salt * 104729) % list.length]!;
  const action = pick(ACTIONS, 1) as PendingRecord['action'];
  const ok = action === 'accept_all' || (action === 'custom' && i % 2 === 0);
  return {
    ...r,
    serverTime: at,
    clientTime: at,
    action,
    surface: pick(SURFACES, 2),
    locale: pick(LOCALES, 3),
    page: `${SITE}/p/${(i * 31) % PAGES}`,
    revision: 1 + (i % 3),
    gpc: i % 10 === 0,
    decisions: { necessary: true, analytics: ok, marketing: ok && i % 3 > 0, ga4: ok, meta: ok && i % 5 > 0 },
  };
}

/** Fills (or tops up) the cached statistics log. */
async function build(path: string, count: number): Promise<void> {
  const store = new SqliteStore({ path });
  await store.init();
  let done = (await store.head(SITE)).size;
  const t = performance.now();
  while (done < count) {
    const n = Math.min(5000, count - done);
    await store.append(Array.from({ length: n }, (_, k) => statsRecord(done + k)));
    done += n;
    if (done % 200_000 === 0) console.log(`  ${done} records, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  await store.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Query time (ms) of the report for `days` days up to today. */
async function timeQuery(store: ProofStore, days: number, by: 'day' | 'week', runs = 15) {
  const to = dayOf(Date.now());
  const q = { site: SITE, from: to - days + 1, to, by };
  const times: number[] = [];
  const cpus: number[] = [];
  let decisions = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage(); // this process holds the worker thread too: the query's CPU, whatever the load
    const report = buildReport(q, await store.statsRange(SITE, q.from, q.to));
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - t);
    cpus.push((used.user + used.system) / 1000);
    decisions = report.totals.decisions;
  }
  return {
    days,
    by,
    decisions,
    p50Ms: +median(times).toFixed(1),
    p95Ms: +p95(times).toFixed(1),
    cpuMs: +median(cpus).toFixed(1),
  };
}

/** CPU µs per appended record (this process: the main-thread store), batches of `batch` like group commits, 64 pages a batch. */
async function appendCpu(path: string, records: number, batch: number): Promise<number> {
  const store = new SqliteStore({ path });
  await store.init();
  let i = 0;
  const cpu = process.cpuUsage();
  while (i < records) {
    await store.append(Array.from({ length: batch }, (_, k) => statsRecord(i + k, 1))); // today's, as a server appends
    i += batch;
  }
  const used = process.cpuUsage(cpu);
  await store.close();
  return (used.user + used.system) / records;
}

/** Runs the statistics benchmark and prints its rows (JSON lines) and a table. */
export async function statsBench(count = Number(process.env.BENCH_STATS_RECORDS ?? 1_000_000)): Promise<void> {
  const cacheDir = join(PKG, 'bench', '.data');
  mkdirSync(cacheDir, { recursive: true });
  const cached = join(cacheDir, `stats-${count}-v1.db`);
  if (!existsSync(cached))
    console.log(`building ${count} records over 366 days into ${cached} (cached for later runs)…`);
  const t = performance.now();
  await build(cached, count);
  console.log(`statistics log ready in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  const rows: Array<Record<string, unknown> & { decisions: number }> = [];
  const measure = async (name: string, store: ProofStore) => {
    await store.init();
    for (const [days, by] of [
      [30, 'day'],
      [366, 'day'],
      [366, 'week'],
    ] as const) {
      const row = { store: name, records: count, ...(await timeQuery(store, days, by)) };
      console.log(JSON.stringify(row));
      const first = rows.find((r) => r.days === days && r.by === by);
      if (first && first.decisions !== row.decisions)
        throw new Error(`${name} counts ${row.decisions} decisions, ${first.store} ${first.decisions}`);
      rows.push(row);
    }
    await store.close();
  };
  await measure('SQLite, main thread', new SqliteStore({ path: cached }));
  await measure('SQLite, worker thread (as serve)', new SqliteWorkerStore({ path: cached }));
  if (!process.env.BENCH_SKIP_PG) {
    const pg = await startPostgres(cacheDir);
    try {
      const t = performance.now();
      const url = await pg.fromTemplate(`stats_${count}_v1`, 'stats', (template) => {
        console.log(`copying the statistics log into PostgreSQL (kept for later runs)…`);
        return copySqliteLog(cached, template, (table, n) => {
          if (n % 200_000 === 0) console.log(`  ${table}: ${n} rows, ${((performance.now() - t) / 1000).toFixed(0)} s`);
        });
      });
      console.log(`PostgreSQL statistics log ready in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      await measure('PostgreSQL (embedded, default settings)', new PostgresStore({ connectionString: url }));
    } finally {
      await pg.stop();
    }
  }

  // Append CPU with the rollups on and off, alternating, on a fresh log with 20,000 records in it.
  const tmp = mkdtempSync(join(tmpdir(), 'cookiegate-stats-bench-'));
  const seed = join(tmp, 'seed.db');
  await build(seed, 20_000);
  const apply = SqliteStats.prototype.apply;
  const add = RollupBatch.prototype.add;
  const cpu: Record<'on' | 'off', number[]> = { on: [], off: [] };
  try {
    for (let round = 0; round < 3; round++)
      for (const mode of ['on', 'off'] as const) {
        SqliteStats.prototype.apply = mode === 'on' ? apply : () => {};
        RollupBatch.prototype.add = mode === 'on' ? add : () => {};
        const db = join(tmp, `${mode}-${round}.db`);
        copyFileSync(seed, db);
        cpu[mode].push(await appendCpu(db, 12_800, 64));
      }
  } finally {
    SqliteStats.prototype.apply = apply;
    RollupBatch.prototype.add = add;
    rmSync(tmp, { recursive: true, force: true });
  }
  const on = median(cpu.on);
  const off = median(cpu.off);
  console.log(JSON.stringify({ appendCpuUsPerRecord: { on: cpu.on.map(Math.round), off: cpu.off.map(Math.round) } }));

  console.log(`\nStatistics over ${count.toLocaleString('en')} records (366 days, ${PAGES} pages, 8 locales):\n`);
  console.log('| store | range | p50 ms | p95 ms | CPU ms (median; PostgreSQL: this process only) |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.store} | ${r.days} days by ${r.by} | ${r.p50Ms} | ${r.p95Ms} | ${r.cpuMs} |`);
  console.log(
    `\nAppend CPU per record (main-thread SQLite store, batches of 64, median of 3): rollups on ${on.toFixed(0)} µs, off ${off.toFixed(0)} µs (+${(((on - off) / off) * 100).toFixed(0)}%)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await statsBench();
