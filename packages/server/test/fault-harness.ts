/**
 * Crash safety and tamper evidence, end to end through the CLI, for any backend
 * (fault.test.ts: SQLite, fault-postgres.test.ts: PostgreSQL):
 * the server runs as a child process under load and is SIGKILLed repeatedly;
 * every acknowledged proof must be in the log afterwards and `verify` must pass.
 * Then one record row is edited in the database and `verify` must name it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/node/open-store.js';
import { runCli, startServer } from './cli-process.js';
import { submission } from './submission.js';

export { runCli };

export const SITE = 'https://shop.example';
const ROUNDS = 4;
const ACKS_PER_ROUND = 40;
const WORKERS = 16;

/** One database for the scenario. */
export interface FaultBackend {
  /** `--db` spec, given to the CLI as COOKIEGATE_DB. */
  db: string;
  /**
   * Replaces `from` by `to` in the stored body of record `id`, directly in the
   * database (not through the store); resolves with the number of rows changed.
   */
  tamper(id: string, from: string, to: string): Promise<number>;
  /** Removes the database. */
  dispose(): Promise<void>;
}

const body = () =>
  JSON.stringify(submission({ action: 'reject_all', decisions: { analytics: false, marketing: false } }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rows of SITE's log, read through the store the CLI opens for `db`. */
async function readRows(db: string, from: number, limit: number) {
  const store = await openStore(db);
  try {
    return await store.readRows(SITE, from, limit);
  } finally {
    await store.close();
  }
}

/** The fault and tamper tests against the database that `setup` creates (in a fresh temp folder). */
export function faultSuite(name: string, setup: (dir: string) => Promise<FaultBackend>): void {
  describe(`fault tolerance on ${name} (SIGKILL under load)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiegate-fault-'));
    let backend: FaultBackend | undefined;
    let env: Record<string, string | undefined> = {};
    beforeAll(async () => {
      backend = await setup(dir);
      env = {
        COOKIEGATE_DB: backend.db,
        COOKIEGATE_KEY_DIR: join(dir, 'keys'), // not beside the database
        COOKIEGATE_ORIGINS: SITE,
        COOKIEGATE_RATE_LIMIT: 'off',
        COOKIEGATE_TREE_HEAD_INTERVAL: '0.1', // tree heads are signed (and must stay consistent) across the kills
        COOKIEGATE_ADMIN_TOKEN: 'tok',
      };
    });
    afterAll(async () => {
      await backend?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });
    const acked: Array<{ id: string; index: number; leafHash: string }> = [];

    it('keeps every acknowledged proof across repeated SIGKILLs, and the log verifies', async () => {
      const refused: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { child, url, exited, log } = await startServer(env);
        let stop = false;
        const worker = async () => {
          while (!stop) {
            try {
              const res = await fetch(`${url}/v1/proofs`, {
                method: 'POST',
                headers: { origin: SITE, 'content-type': 'application/json' },
                body: body(),
              });
              if (res.status === 201) acked.push((await res.json()) as (typeof acked)[number]);
              else refused.push(`round ${round}: ${res.status} ${await res.text()}`);
            } catch {
              /* connection reset by the kill */
            }
          }
        };
        const workers = Array.from({ length: WORKERS }, worker);
        // Kill mid-load: after this round has had some acknowledgements (slow machines
        // start slowly), plus a random moment.
        const target = acked.length + ACKS_PER_ROUND;
        for (let t = 0; acked.length < target && t < 300; t++) await sleep(50);
        await sleep(20 + Math.random() * 250);
        child.kill('SIGKILL');
        await exited;
        stop = true;
        await Promise.all(workers);
        expect(
          acked.length,
          `round ${round} got too few acknowledgements; server output:\n${log()}`,
        ).toBeGreaterThanOrEqual(target);
      }
      // An error answer before the kill would be a server fault, not a crash effect.
      expect(refused).toEqual([]);

      const rows = await readRows(backend!.db, 0, 1_000_000);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = acked.filter((a) => byId.get(a.id)?.index !== a.index || byId.get(a.id)?.leafHash !== a.leafHash);
      expect(missing).toEqual([]);
      expect(rows.map((r) => r.index)).toEqual([...rows.keys()]);

      const v = await runCli(['verify'], env);
      expect(v.stderr).toBe('');
      expect(v.code).toBe(0);
      expect(v.stdout).toMatch(new RegExp(`^OK: ${rows.length} records \\(0 tombstones\\), [1-9]\\d* tree heads`));
    }, 120_000);

    it('verify names a row edited in the database', async () => {
      expect(acked.length).toBeGreaterThan(42); // the log the previous test wrote
      const [victim] = await readRows(backend!.db, 42, 1);
      expect(victim?.index).toBe(42);
      // Exactly this row, and its content really changes.
      expect(await backend!.tamper(victim!.id, '"action":"reject_all"', '"action":"accept_all"')).toBe(1);
      const v = await runCli(['verify'], env);
      expect(v.code).toBe(1);
      expect(v.stderr).toContain(`record ${victim!.id} at index 42: content does not match its leaf hash`);
    }, 60_000);
  });
}
