/**
 * Crash safety and tamper evidence, end to end through the CLI:
 * the server runs as a child process under load and is SIGKILLed repeatedly;
 * every acknowledged proof must be in the log afterwards and `verify` must pass.
 * Then one row is edited in the SQLite file and `verify` must name it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/stores/sqlite.js';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
const CLI = join(PKG, 'src', 'cli.ts');
const SITE = 'https://shop.example';
const dir = mkdtempSync(join(tmpdir(), 'cookiegate-fault-'));
const db = `sqlite:${join(dir, 'proofs.db')}`;
const baseEnv = {
  ...process.env,
  COOKIEGATE_DB: db,
  COOKIEGATE_DATA_DIR: dir,
  COOKIEGATE_ORIGINS: SITE,
  COOKIEGATE_RATE_LIMIT: 'off',
  COOKIEGATE_TREE_HEAD_INTERVAL: '0.1',
  COOKIEGATE_ADMIN_TOKEN: 'tok',
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

function cli(args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: PKG, env: { ...baseEnv, ...env } });
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = cli(args);
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (d) => (stdout += d));
    p.stderr!.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error('server exited early');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

const body = () =>
  JSON.stringify({
    consentId: randomUUID(), action: 'reject_all', surface: 'banner', decisions: { analytics: false, marketing: false },
    revision: 1, shownHash: 'c'.repeat(64), locale: 'en', sdkVersion: '0.1.0', gpc: false,
    page: `${SITE}/`, clientTime: new Date().toISOString(),
  });

describe('fault tolerance (SIGKILL under load)', () => {
  const acked: Array<{ id: string; index: number; leafHash: string }> = [];

  it('keeps every acknowledged proof across repeated SIGKILLs, and the log verifies', async () => {
    for (let round = 0; round < 4; round++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const child = cli(['serve', '--port', String(port), '--host', '127.0.0.1']);
      child.stderr!.on('data', () => {});
      child.stdout!.on('data', () => {});
      await waitHealthy(url, child);
      let stop = false;
      const worker = async () => {
        while (!stop) {
          try {
            const res = await fetch(`${url}/v1/proofs`, {
              method: 'POST', headers: { origin: SITE, 'content-type': 'application/json' }, body: body(),
            });
            if (res.status === 201) acked.push((await res.json()) as (typeof acked)[number]);
          } catch {
            /* connection reset by the kill */
          }
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      // Kill mid-load: after this round has had some acknowledgements (slow machines
      // start slowly), plus a random moment.
      const target = acked.length + 40;
      for (let t = 0; acked.length < target && t < 300; t++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 250));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      stop = true;
      await Promise.all(workers);
    }
    expect(acked.length).toBeGreaterThanOrEqual(160);

    const store = new SqliteStore({ path: db.slice('sqlite:'.length) });
    await store.init();
    const rows = await store.readRows(SITE, 0, 1_000_000);
    await store.close();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = acked.filter((a) => byId.get(a.id)?.index !== a.index || byId.get(a.id)?.leafHash !== a.leafHash);
    expect(missing).toEqual([]);
    expect(rows.map((r) => r.index)).toEqual([...rows.keys()]);

    const v = await run(['verify']);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^OK: \d+ records/);
  }, 120_000);

  it('verify names a row edited in the database', async () => {
    const store = new SqliteStore({ path: db.slice('sqlite:'.length) });
    await store.init();
    const [victim] = await store.readRows(SITE, 42, 1);
    store.database
      .prepare("UPDATE records SET body = replace(body, '\"action\":\"reject_all\"', '\"action\":\"accept_all\"') WHERE id = ?")
      .run(victim!.id);
    await store.close();
    const v = await run(['verify']);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(`record ${victim!.id} at index 42: content does not match its leaf hash`);
  }, 30_000);

  it('documents every flag in --help', async () => {
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    for (const s of ['--port', '--db', '--origin', 'COOKIEGATE_PORT', 'COOKIEGATE_DB', 'COOKIEGATE_ORIGINS', 'verify', 'purge', 'export', 'erase'])
      expect(h.stdout).toContain(s);
  });
});
