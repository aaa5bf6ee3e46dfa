/**
 * Benchmark (not a test). Servers run as child processes; load comes from this
 * process on loopback with autocannon. Prints proofs/s, p50/p99 latency and
 * the server's peak RSS for: a bare node:http server that stores nothing,
 * SQLite (empty and with BENCH_RECORDS already stored), PostgreSQL, plus
 * inclusion-proof latency in the large log and p99 at a fixed 1,000 proofs/s.
 *
 * Every scenario runs in each of BENCH_ROUNDS interleaved rounds; the table reports medians and ranges.
 *
 * Env: BENCH_DURATION (s, 10), BENCH_CONNECTIONS (100), BENCH_RECORDS (1000000), BENCH_ROUNDS (3),
 *      BENCH_SKIP_PG=1, BENCH_SKIP_BIG=1, BENCH_SKIP_STATS=1 (bench/stats.ts). Needs `npm run build` first (the `bench` script does it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { PostgresStore } from '../src/stores/postgres/postgres.js';
import { startPostgres } from './postgres.js';
import { benchProof, preload, sampleConsentIds } from './preload.js';
import { signedBodies } from './signed-bodies.js';
import { statsBench } from './stats.js';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
const SITE = 'https://shop.example';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const BIG = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const tmp = mkdtempSync(join(tmpdir(), 'cookiegate-bench-'));
chmodSync(tmp, 0o755); // embedded PostgreSQL runs as the `postgres` user when we are root
const cacheDir = join(PKG, 'bench', '.data');

const RECEIPTS = 1000;
const SMALL_HEAP = '--max-semi-space-size=4';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
  cpuUs: number;
  errors: number;
}

function start(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PKG,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /listening (?:on )?(?:http:\/\/[^:]+:)?(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}` });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** utime + stime of a process (all its threads), in µs. */
function cpuMicros(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10_000; // clock ticks of 10 ms
}

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

const TEMPLATE = benchProof(SITE, '2026-11-22T10:00:00.000Z');
const UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';

/** Signed new-chain bodies, made before any timed run; every server starts at the first (fresh databases). */
const POOL = Number(process.env.BENCH_BODIES ?? 250_000);
let bodies: string[] = [];
let nextBody = 0;

async function load(url: string, opts: { duration?: number; connections?: number; overallRate?: number } = {}) {
  return autocannon({
    url: `${url}/v1/proofs`,
    connections: opts.connections ?? CONNECTIONS,
    duration: opts.duration ?? DURATION,
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'application/json', 'user-agent': UA },
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[nextBody++ % bodies.length] }),
      },
    ],
  });
}

async function measure(
  name: string,
  url: string,
  child: ChildProcess,
  opts: Parameters<typeof load>[1] = {},
): Promise<Row> {
  await load(url, { duration: 2, connections: 20 }); // warm-up
  const cpu0 = cpuMicros(child.pid!);
  const r = await load(url, opts);
  const ok = r.statusCodeStats['201']?.count ?? 0;
  const row: Row = {
    name,
    rps: Math.round(ok / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    rssMb: peakRssMb(child.pid!),
    cpuUs: Math.round((cpuMicros(child.pid!) - cpu0) / Math.max(1, ok)),
    errors: r.errors + r.timeouts + r.non2xx,
  };
  console.log(JSON.stringify({ ...row, load: loadavg() }));
  return row;
}

function serverArgs(db: string): string[] {
  return [
    'dist/node/cli.js',
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--db',
    db,
    '--key-dir',
    join(tmp, 'keys'),
    '--origin',
    SITE,
    '--rate-limit',
    'off',
    '--read-rate-limit',
    'off',
    '--new-chains-per-site-day',
    'off',
    '--new-chains-per-prefix',
    'off',
  ];
}

/** Sequential `GET /v1/proofs/:id` round trips (a receipt with an inclusion proof each). */
async function receiptLatency(url: string, ids: string[]): Promise<{ p50: number; p99: number; max: number }> {
  await fetch(`${url}/v1/proofs/${ids[0]}`); // signs a tree head covering the log
  const times: number[] = [];
  for (const id of ids) {
    const t = performance.now();
    const res = await fetch(`${url}/v1/proofs/${id}`);
    const body = (await res.json()) as { entries?: Array<{ inclusionProof: string[] }> };
    times.push(performance.now() - t);
    if (res.status !== 200 || !body.entries?.[0]?.inclusionProof.length) throw new Error(`bad receipt ${res.status}`);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 100) / 100;
  return { p50: q(0.5), p99: q(0.99), max: q(1) };
}

/** One server, one measured load; the row is kept under its scenario name (one per round). */
async function scenario(
  name: string,
  args: string[],
  opts: Parameters<typeof load>[1] = {},
  env: Record<string, string> = {},
): Promise<Row> {
  const srv = await start(args, env);
  nextBody = 0;
  try {
    const row = await measure(name, srv.url, srv.child, opts);
    const list = runs.get(name) ?? [];
    runs.set(name, [...list, row]);
    return row;
  } finally {
    await stop(srv.child);
  }
}

/** Sequential receipts from a server on a big log. */
async function receipts(name: string, db: string, ids: string[]): Promise<void> {
  const srv = await start(serverArgs(db));
  const r = await receiptLatency(srv.url, ids);
  await stop(srv.child);
  console.log(JSON.stringify({ name, receiptMs: r }));
  runs.set(name, [
    ...(runs.get(name) ?? []),
    { name, rps: NaN, p50: r.p50, p99: r.p99, rssMb: NaN, cpuUs: NaN, errors: 0 },
  ]);
  latencyOnly.add(name);
}

const runs = new Map<string, Row[]>();
/** Scenarios measured for latency, not throughput: no ratio to bare. */
const latencyOnly = new Set<string>();

async function main(): Promise<void> {
  console.log(
    `cookiegate-server bench ${new Date().toISOString()} — ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  );
  console.log(
    `load: autocannon, ${CONNECTIONS} connections, ${DURATION} s, loopback, ${ROUNDS} rounds; load average ${loadavg()}\n`,
  );
  const progress = (t: number) => (n: number) =>
    n % 200_000 === 0 && console.log(`  ${n} records, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const big = !process.env.BENCH_SKIP_BIG;
  const made = performance.now();
  bodies = signedBodies(POOL, TEMPLATE);
  console.log(
    `${POOL} signed new-chain bodies made in ${((performance.now() - made) / 1000).toFixed(1)} s (not timed)`,
  );
  const pg = process.env.BENCH_SKIP_PG ? undefined : await startPostgres(cacheDir);
  try {
    // The big logs: built once and cached; every scenario on them starts from a flushed copy.
    mkdirSync(cacheDir, { recursive: true });
    const cached = join(cacheDir, `big-${BIG}-v4.db`); // v4: chains bound to keys (chain_keys)
    const bigDb = join(tmp, 'big.db');
    const freshCopy = () => {
      rmSync(`${bigDb}-wal`, { force: true });
      rmSync(`${bigDb}-shm`, { force: true });
      copyFileSync(cached, bigDb);
      const fd = openSync(bigDb, 'r+');
      fsyncSync(fd); // so that its write-back does not land in the measurement
      closeSync(fd);
      return `sqlite:${bigDb}`;
    };
    let sqSize = 0;
    let pgSize = 0;
    if (big) {
      if (!existsSync(cached)) console.log(`preloading ${BIG} records into ${cached} (cached for later runs)…`);
      await preload(cached, BIG, SITE, progress(performance.now()));
      sqSize = BIG; // preload fills to exactly BIG, and runs only ever write to copies
      if (pg) await pg.big(BIG, SITE, progress(performance.now()));
    }

    // Rounds interleave the scenarios, so a slow spell of the shared machine hits all of them alike.
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round}`);
      await scenario('bare node:http (no storage)', ['bench/bare-server.mjs']);
      await scenario('SQLite, empty log', serverArgs(`sqlite:${join(tmp, `empty-${round}.db`)}`));
      if (big) {
        await scenario(`SQLite, ${sqSize.toLocaleString('en')} records stored`, serverArgs(freshCopy()));
        // Most of the peak RSS is V8's young generation, which grows to 3 × 16 MB per busy thread by default.
        await scenario(
          `SQLite, ${sqSize.toLocaleString('en')} records stored, NODE_OPTIONS=${SMALL_HEAP}`,
          serverArgs(freshCopy()),
          {},
          {
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${SMALL_HEAP}`.trim(),
          },
        );
      }
      if (pg) {
        await scenario('PostgreSQL, empty log', serverArgs(await pg.fresh('empty')));
        await pg.drop('empty'); // its autovacuum would otherwise run during the next scenario
        if (big) {
          const url = await pg.big(BIG, SITE, () => {});
          pgSize = BIG;
          await scenario(`PostgreSQL, ${pgSize.toLocaleString('en')} records stored`, serverArgs(url));
        }
      }
      // Latency at a fixed rate, and receipts from the big logs: every round too, as their p99 is the noisiest figure.
      const fixedRate = { overallRate: 1000, connections: 20 };
      latencyOnly.add('SQLite at a fixed 1,000 proofs/s (20 connections)');
      await scenario(
        'SQLite at a fixed 1,000 proofs/s (20 connections)',
        serverArgs(`sqlite:${join(tmp, `fixed-${round}.db`)}`),
        fixedRate,
      );
      if (pg) {
        latencyOnly.add('PostgreSQL at a fixed 1,000 proofs/s (20 connections)');
        await scenario(
          'PostgreSQL at a fixed 1,000 proofs/s (20 connections)',
          serverArgs(await pg.fresh('fixed')),
          fixedRate,
        );
        await pg.drop('fixed');
      }
      if (big) {
        const db = freshCopy();
        const store = new SqliteStore({ path: bigDb });
        await store.init();
        const ids = await sampleConsentIds(store, SITE, RECEIPTS);
        await store.close();
        await receipts(
          `SQLite: receipt with inclusion proof (GET /v1/proofs/:id), ${sqSize.toLocaleString('en')}-record log, sequential`,
          db,
          ids,
        );
        if (pg) {
          const url = await pg.big(BIG, SITE, () => {});
          const store = new PostgresStore({ connectionString: url });
          const ids = await sampleConsentIds(store, SITE, RECEIPTS);
          await store.close();
          await receipts(
            `PostgreSQL: receipt with inclusion proof (GET /v1/proofs/:id), ${pgSize.toLocaleString('en')}-record log, sequential`,
            url,
            ids,
          );
        }
      }
    }
  } finally {
    await pg?.stop();
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toLocaleString('en'));
  const bareRps = median(runs.get('bare node:http (no storage)')!.map((r) => r.rps));
  console.log(`\nMedian of ${ROUNDS} rounds (range in brackets); peak RSS is the largest of the rounds.\n`);
  console.log('| scenario | proofs/s | p50 ms | p99 ms | peak RSS MB | server CPU µs/proof | vs bare |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const range = (xs: number[]) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  for (const [name, list] of runs) {
    const rps = list.map((r) => r.rps);
    const lat = latencyOnly.has(name);
    const rssMb = Math.max(...list.map((r) => r.rssMb));
    console.log(
      `| ${name} | ${lat ? fmt(median(rps)) : range(rps)} | ${median(list.map((r) => r.p50))} | ${lat ? range(list.map((r) => r.p99)) : median(list.map((r) => r.p99))} | ${fmt(rssMb)} | ${fmt(median(list.map((r) => r.cpuUs)))} | ${lat ? '–' : `${Math.round((median(rps) / bareRps) * 100)}%`} |`,
    );
  }
  // The aim compares a big log with an empty one: per round, both measured minutes apart.
  for (const [label, emptyName] of [
    ['SQLite', 'SQLite, empty log'],
    ['PostgreSQL', 'PostgreSQL, empty log'],
  ] as const) {
    const bigName = [...runs.keys()].find((n) => n.startsWith(`${label}, `) && n.endsWith('records stored'));
    const empty = runs.get(emptyName);
    if (!bigName || !empty) continue;
    const ratios = runs.get(bigName)!.map((r, i) => Math.round((r.rps / empty[i]!.rps) * 100));
    console.log(
      `${label}: ${BIG.toLocaleString('en')} records stored vs empty, per round: ${ratios.join('%, ')}% (median ${median(ratios)}%)`,
    );
  }
  printAims(median);
  if (!process.env.BENCH_SKIP_STATS) await statsBench(); // the statistics' query and append cost (issue 17)
  console.log(`\nload average after the run: ${loadavg()}`);
  rmSync(tmp, { recursive: true, force: true });
}

/** The aims (server README, issue 13), each printed as met, not met, or not measured in this run. */
function printAims(median: (xs: number[]) => number): void {
  const rows = (prefix: string) => [...runs].filter(([name]) => name.startsWith(prefix));
  const med = (name: string, f: (r: Row) => number) => {
    const list = runs.get(name);
    return list ? median(list.map(f)) : undefined;
  };
  const emptyRps = med('SQLite, empty log', (r) => r.rps);
  const bigName = [...runs.keys()].find((n) => n.startsWith('SQLite, ') && n.endsWith('records stored'));
  const bigRps = bigName ? med(bigName, (r) => r.rps) : undefined;
  const receipt = rows('SQLite: receipt')[0];
  const fixed = med('SQLite at a fixed 1,000 proofs/s (20 connections)', (r) => r.p99);
  const servers = [...runs].filter(([name]) => !name.startsWith('bare'));
  const rss = servers.length
    ? Math.max(...servers.flatMap(([, l]) => l.map((r) => r.rssMb)).filter((x) => !Number.isNaN(x)))
    : undefined;
  const aims: Array<[string, number | undefined, (x: number) => boolean, (x: number) => string]> = [
    [
      '≥ 10,000 proofs/s, SQLite, empty log, binding checked',
      emptyRps,
      (x) => x >= 10_000,
      (x) => `${x.toLocaleString('en')}/s`,
    ],
    [
      `≥ 90 % of that with ${BIG.toLocaleString('en')} records stored`,
      bigRps !== undefined && emptyRps ? (bigRps / emptyRps) * 100 : undefined,
      (x) => x >= 90,
      (x) => `${Math.round(x)} % (${bigRps!.toLocaleString('en')}/s)`,
    ],
    [
      'receipt p99 < 10 ms (SQLite, big log)',
      receipt && median(receipt[1].map((r) => r.p99)),
      (x) => x < 10,
      (x) => `${x} ms`,
    ],
    ['p99 < 25 ms at a fixed 1,000 proofs/s (SQLite)', fixed, (x) => x < 25, (x) => `${x} ms`],
    ['peak RSS < 150 MB (every server process measured)', rss, (x) => x < 150, (x) => `${x} MB`],
  ];
  console.log(`\nAims (load average now ${loadavg()}):`);
  for (const [aim, value, met, show] of aims)
    console.log(
      `  ${value === undefined ? 'NOT MEASURED' : met(value) ? 'MET    ' : 'NOT MET'}  ${aim}${value === undefined ? '' : `: ${show(value)}`}`,
    );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  },
);
