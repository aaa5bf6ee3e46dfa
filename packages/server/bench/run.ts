/**
 * Benchmark (not a test). Servers run as child processes; load comes from this
 * process on loopback with autocannon. Prints proofs/s, p50/p99 latency and
 * the server's peak RSS for: a bare node:http server that stores nothing,
 * SQLite (empty and with BENCH_RECORDS already stored), PostgreSQL, plus
 * inclusion-proof latency in the large log and p99 at a fixed 1,000 proofs/s.
 *
 * Env: BENCH_DURATION (s, 10), BENCH_CONNECTIONS (100), BENCH_RECORDS (1000000),
 *      BENCH_SKIP_PG=1, BENCH_SKIP_BIG=1. Needs `npm run build` first (the `bench` script does it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SqliteStore } from '../src/stores/sqlite.js';
import { PostgresStore } from '../src/stores/postgres.js';
import { startPostgres } from './postgres.js';
import { preload, sampleConsentIds } from './preload.js';

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
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Row { name: string; rps: number; p50: number; p99: number; rssMb: number; cpuUs: number; errors: number }
const rows: Row[] = [];

function start(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PKG, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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

const TEMPLATE = {
  action: 'custom', surface: 'preferences',
  decisions: { necessary: true, analytics: true, marketing: false, functional: true, ga4: true, 'google-ads': false, meta: false, smartlook: true, zendesk: true },
  revision: 3, shownHash: 'e'.repeat(64), locale: 'sv-SE', sdkVersion: '0.1.0', gpc: false,
  page: `${SITE}/products/tea`, clientTime: '2026-11-22T10:00:00.000Z',
};
const UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';

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
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify({ consentId: randomUUID(), ...TEMPLATE }) }),
      },
    ],
  });
}

async function measure(name: string, url: string, child: ChildProcess, opts: Parameters<typeof load>[1] = {}): Promise<Row> {
  await load(url, { duration: 2, connections: 20 }); // warm-up
  const cpu0 = cpuMicros(child.pid!);
  const r = await load(url, opts);
  const ok = r.statusCodeStats['201']?.count ?? 0;
  const row: Row = {
    name, rps: Math.round(ok / r.duration), p50: r.latency.p50, p99: r.latency.p99,
    rssMb: peakRssMb(child.pid!), cpuUs: Math.round((cpuMicros(child.pid!) - cpu0) / Math.max(1, ok)),
    errors: r.errors + r.timeouts + r.non2xx,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
  return row;
}

function serverArgs(db: string): string[] {
  return ['dist/cli.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db, '--data-dir', tmp, '--origin', SITE, '--rate-limit', 'off'];
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

/** Receipt latency and throughput of a server on a log of `size` records. */
async function measureBig(label: string, db: string, ids: string[], size: number): Promise<void> {
  const srv = await start(serverArgs(db));
  const r = await receiptLatency(srv.url, ids);
  console.log(JSON.stringify({ receiptMs: r }));
  await measure(`${label}, ${size.toLocaleString('en')} records stored`, srv.url, srv.child);
  await stop(srv.child);
  rows.push({ name: `${label}: receipt with inclusion proof (GET /v1/proofs/:id), ${size.toLocaleString('en')}-record log, sequential`, rps: NaN, p50: r.p50, p99: r.p99, rssMb: NaN, cpuUs: NaN, errors: 0 });
}

async function main(): Promise<void> {
  console.log(`cookiegate-server bench ${new Date().toISOString()} — ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  console.log(`load: autocannon, ${CONNECTIONS} connections, ${DURATION} s, loopback; load average ${loadavg()}\n`);
  const progress = (t: number) => (n: number) => n % 200_000 === 0 && console.log(`  ${n} records, ${((performance.now() - t) / 1000).toFixed(0)} s`);

  const bare = await start(['bench/bare-server.mjs']);
  const bareRow = await measure('bare node:http (no storage)', bare.url, bare.child);
  await stop(bare.child);

  const sq = await start(serverArgs(`sqlite:${join(tmp, 'empty.db')}`));
  await measure('SQLite, empty log', sq.url, sq.child);
  const fixed = [await measure('SQLite at a fixed 1,000 proofs/s', sq.url, sq.child, { overallRate: 1000, connections: 20 })];
  await stop(sq.child);

  const pg = process.env.BENCH_SKIP_PG ? undefined : await startPostgres(cacheDir);
  try {
    if (pg) {
      const ps = await start(serverArgs(pg.url('empty')));
      await measure('PostgreSQL, empty log', ps.url, ps.child);
      fixed.push(await measure('PostgreSQL at a fixed 1,000 proofs/s', ps.url, ps.child, { overallRate: 1000, connections: 20 }));
      await stop(ps.child);
      await pg.drop('empty');
    }
    if (!process.env.BENCH_SKIP_BIG) {
      mkdirSync(cacheDir, { recursive: true });
      const cached = join(cacheDir, `big-${BIG}-v2.db`); // v2: the two-level consent-id index
      if (!existsSync(cached)) console.log(`preloading ${BIG} records into ${cached} (cached for later runs)…`);
      await preload(cached, BIG, SITE, progress(performance.now()));
      // Each run starts from the same records, on disk: a copy, flushed so its write-back does not land in the run.
      const bigDb = join(tmp, 'big.db');
      const freshCopy = () => {
        rmSync(`${bigDb}-wal`, { force: true });
        rmSync(`${bigDb}-shm`, { force: true });
        copyFileSync(cached, bigDb);
        const fd = openSync(bigDb, 'r+');
        fsyncSync(fd);
        closeSync(fd);
      };
      freshCopy();
      const sqStore = new SqliteStore({ path: bigDb });
      await sqStore.init();
      const sqIds = await sampleConsentIds(sqStore, SITE, RECEIPTS);
      const sqSize = (await sqStore.head(SITE)).size;
      await sqStore.close();
      await measureBig('SQLite', `sqlite:${bigDb}`, sqIds, sqSize);
      // Most of the peak RSS is V8's young generation, which grows to 3 × 16 MB per busy thread by default.
      freshCopy();
      const small = await start(serverArgs(`sqlite:${bigDb}`), { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${SMALL_HEAP}`.trim() });
      await measure(`SQLite, ${sqSize.toLocaleString('en')} records stored, NODE_OPTIONS=${SMALL_HEAP}`, small.url, small.child);
      await stop(small.child);

      if (pg) {
        const url = await pg.big(BIG, SITE, progress(performance.now()));
        const pgStore = new PostgresStore({ connectionString: url });
        const pgIds = await sampleConsentIds(pgStore, SITE, RECEIPTS);
        const pgSize = (await pgStore.head(SITE)).size;
        await pgStore.close();
        await measureBig('PostgreSQL', url, pgIds, pgSize);
      }
    }
  } finally {
    await pg?.stop();
  }

  const dash = (n: number, f = (x: number) => String(x)) => (Number.isNaN(n) ? '–' : f(n));
  console.log('\n| scenario | proofs/s | p50 ms | p99 ms | peak RSS MB | server CPU µs/proof | vs bare |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.name} | ${dash(r.rps, (x) => x.toLocaleString('en'))} | ${r.p50} | ${r.p99} | ${dash(r.rssMb)} | ${dash(r.cpuUs)} | ${Number.isNaN(r.rps) || fixed.includes(r) ? '–' : `${Math.round((r.rps / bareRow.rps) * 100)}%`} |`);
  console.log(`\nload average after the run: ${loadavg()}`);
  rmSync(tmp, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(1);
  },
);
