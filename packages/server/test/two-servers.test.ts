/**
 * Two real server processes (`cookiegate-server serve`, run from source: cli-process.ts)
 * on one PostgreSQL database: concurrent proofs for one site go to both over HTTP, the log
 * must come out as one gap-free sequence, and `cookiegate-server verify` must pass on it.
 */
import type { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PostgresStore } from '../src/stores/postgres/postgres.js';
import { runCli, startServer } from './cli-process.js';
import { newChainBody } from './chain-signer.js';

const SITE = 'https://shop.example';
const TOKEN = 'two-servers-token';
const PROOFS = 300;
const IN_FLIGHT_PER_SERVER = 12;

const adminUrl = inject('pgUrl');
const dbName = `cg_two_${randomBytes(5).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const dir = mkdtempSync(join(tmpdir(), 'cookiegate-two-'));
const keyFile = join(dir, 'signing-key.pem');
const env = {
  ...process.env,
  COOKIEGATE_DB: dbUrl,
  COOKIEGATE_KEY_DIR: dir,
  COOKIEGATE_SIGNING_KEY_FILE: keyFile,
  COOKIEGATE_ORIGINS: SITE,
  COOKIEGATE_RATE_LIMIT: 'off',
  COOKIEGATE_TREE_HEAD_INTERVAL: '0.1',
  COOKIEGATE_ADMIN_TOKEN: TOKEN,
};

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  await admin(`CREATE DATABASE ${dbName}`);
});
afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const proof = (i: number) =>
  JSON.stringify(
    newChainBody({
      consentId: randomUUID(),
      action: i % 2 ? 'accept_all' : 'reject_all',
      surface: 'banner',
      decisions: { analytics: i % 2 === 1, marketing: false },
      revision: 1,
      shownHash: 'e'.repeat(64),
      locale: 'en',
      sdkVersion: '0.1.0',
      gpc: false,
      page: `${SITE}/p/${i}`,
      clientTime: new Date().toISOString(),
    }),
  );

describe('two server processes on one PostgreSQL database', () => {
  it('acknowledge concurrent proofs for one site into one gap-free log that verifies', async () => {
    const children: ChildProcess[] = [];
    try {
      const urls = (await Promise.all([startServer(env, children), startServer(env, children)])).map((s) => s.url);
      expect(new Set(urls).size).toBe(2);

      // Proof i goes to server i % 2; each server has IN_FLIGHT_PER_SERVER requests open at once.
      const acked: Array<{ server: number; id: string; index: number }> = [];
      const failures: string[] = [];
      const sendAll = async (server: number) => {
        let next = server;
        const lane = async () => {
          for (let i = next; i < PROOFS; i = next) {
            next += 2;
            const res = await fetch(`${urls[server]}/v1/proofs`, {
              method: 'POST',
              headers: { origin: SITE, 'content-type': 'application/json' },
              body: proof(i),
            });
            if (res.status === 201) acked.push({ server, ...((await res.json()) as { id: string; index: number }) });
            else failures.push(`${res.status} ${await res.text()}`);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT_PER_SERVER }, lane));
      };
      await Promise.all([sendAll(0), sendAll(1)]);
      expect(failures).toEqual([]);
      expect(acked.filter((a) => a.server === 0)).toHaveLength(PROOFS / 2);
      expect(acked.filter((a) => a.server === 1)).toHaveLength(PROOFS / 2);
      expect(acked.map((a) => a.index).sort((a, b) => a - b)).toEqual([...Array(PROOFS).keys()]);

      // Both servers sign a tree head of the final log (with the shared key).
      for (const url of urls) {
        const r = await fetch(`${url}/v1/admin/tree-heads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(r.status).toBe(200);
      }
      await Promise.all(children.map(stop));

      // What is stored is the acknowledged log, index for index.
      const store = new PostgresStore({ connectionString: dbUrl, maxConnections: 1 });
      try {
        await store.init();
        const rows = await store.readRows(SITE, 0, PROOFS + 10);
        expect(rows.map((r) => r.index)).toEqual([...Array(PROOFS).keys()]);
        const byIndex = new Map(acked.map((a) => [a.index, a.id]));
        expect(rows.every((r) => byIndex.get(r.index) === r.id)).toBe(true);
        expect((await store.head(SITE)).size).toBe(PROOFS);
      } finally {
        await store.close();
      }

      const v = await runCli(['verify'], env);
      expect(v.stderr).toBe('');
      expect(v.stdout).toMatch(new RegExp(`^OK: ${PROOFS} records \\(0 tombstones\\), [1-9]\\d* tree heads`));
      expect(v.code).toBe(0);
    } finally {
      await Promise.all(children.map(stop));
    }
  }, 90_000);
});
