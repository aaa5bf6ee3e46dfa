/**
 * A witness and a log as two real processes: the witness (`cookiegate-server witness --once`)
 * checks the log's new heads against what it cosigned before, cosigns, and the log serves the
 * cosignatures in receipts, which verify offline against the witness's key. When the operator
 * replaces the log by a rewritten or truncated one (heads signed with the log's own key), the
 * witness refuses to cosign and says why.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeyFile } from '../src/keys/keyring.js';
import { TreeHeadSigner } from '../src/log/tree-head.js';
import { verifyReceipt, type Receipt } from '../src/ops/receipt.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { TestChain } from './chain-signer.js';
import { runCli, startServer } from './cli-process.js';
import { makePending } from './store-contract.js';
import { proofBody, SITE } from './submission.js';

const dir = mkdtempSync(join(tmpdir(), 'cookiegate-witness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const body = () => proofBody();

describe('witness and log, two processes', () => {
  it('cosigns consistent heads, the log serves the cosignatures in receipts, and a rewritten or truncated log is refused', async () => {
    const witness = generateKeyPairSync('ed25519');
    const witnessKey = join(dir, 'witness-key.pem');
    const witnessPub = join(dir, 'witness.pub.pem');
    writeFileSync(witnessKey, witness.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(witnessPub, witness.publicKey.export({ type: 'spki', format: 'pem' }));
    const state = join(dir, 'witness-state.json');
    const env = (db: string) => ({
      COOKIEGATE_DB: `sqlite:${join(dir, db)}`,
      COOKIEGATE_KEY_DIR: join(dir, 'keys'),
      COOKIEGATE_ORIGINS: SITE,
      COOKIEGATE_ADMIN_TOKEN: 'tok',
      COOKIEGATE_WITNESS_KEYS: witnessPub,
      COOKIEGATE_TREE_HEAD_INTERVAL: '0',
    });
    const runWitness = (url: string) =>
      runCli(['witness', '--log', url, '--key', witnessKey, '--state', state, '--once'], {});

    let log = await startServer(env('log.db'));
    const chain = new TestChain();
    const post = async (b: object) =>
      (
        await fetch(`${log.url}/v1/proofs`, {
          method: 'POST',
          headers: { origin: SITE, 'content-type': 'application/json' },
          body: JSON.stringify(b),
        })
      ).status;
    const signHeads = async () =>
      expect(
        (await fetch(`${log.url}/v1/admin/tree-heads`, { method: 'POST', headers: { authorization: 'Bearer tok' } }))
          .status,
      ).toBe(200);
    try {
      expect(await post(chain.first(body()))).toBe(201);
      expect(await post(new TestChain().first(body()))).toBe(201);
      expect(await post(new TestChain().first(body()))).toBe(201);
      await signHeads();
      const first = await runWitness(log.url);
      expect(
        first.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l)),
      ).toEqual([{ site: SITE, status: 'cosigned', treeSize: 3 }]);
      expect(first.code).toBe(0);

      expect(await post(chain.next(body()))).toBe(201);
      expect(await post(new TestChain().first(body()))).toBe(201);
      await signHeads();
      const second = await runWitness(log.url); // checks 3 → 5 with a consistency proof from the log
      expect(JSON.parse(second.stdout)).toEqual({ site: SITE, status: 'cosigned', treeSize: 5 });

      const { cosignatures } = (await (
        await fetch(`${log.url}/v1/cosignatures?site=${encodeURIComponent(SITE)}`)
      ).json()) as { cosignatures: unknown[] };
      expect(cosignatures).toHaveLength(2);
      const receipt = (await (
        await fetch(`${log.url}/v1/proofs/${chain.consentId}`, { headers: { origin: SITE } })
      ).json()) as Receipt;
      expect(receipt.cosignatures).toHaveLength(1);
      const logKey = ((await (await fetch(`${log.url}/v1/public-key`)).json()) as { publicKeyPem: string })
        .publicKeyPem;
      const witnessPem = readFileSync(witnessPub, 'utf8');
      expect(verifyReceipt(receipt, logKey, { witnesses: [witnessPem] })).toEqual({ valid: true, problems: [] });
      expect(verifyReceipt({ ...receipt, cosignatures: [] }, logKey, { witnesses: [witnessPem] }).problems).toEqual([
        `tree head of ${SITE} (size 5): no valid cosignature by a given witness`,
      ]);
      // Only registered witnesses' cosignatures are taken.
      const stranger = generateKeyPairSync('ed25519').privateKey;
      const { cosign } = await import('../src/witness/cosignature.js');
      const res = await fetch(`${log.url}/v1/cosignatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(cosign(receipt.treeHeads[0]!, stranger)),
      });
      expect(res.status).toBe(403);
    } finally {
      log.child.kill('SIGTERM');
      await log.exited;
    }

    // The operator swaps in other histories, heads signed with the log's own key.
    const signer = new TreeHeadSigner(readKeyFile(join(dir, 'keys', 'signing-key.pem')));
    const forge = async (file: string, n: number) => {
      const store = new SqliteStore({ path: join(dir, file) });
      await store.init();
      await store.append(Array.from({ length: n }, () => makePending(SITE)));
      const head = await store.head(SITE);
      await store.saveTreeHead(signer.sign(SITE, head.size, head.rootHash));
      await store.close();
    };
    await forge('rewritten.db', 6);
    await forge('truncated.db', 4);
    for (const [db, problem] of [
      ['rewritten.db', 'head of size 6 is not consistent with the cosigned head of size 5 (history rewritten)'],
      ['truncated.db', 'head of size 4 is smaller than the cosigned head of size 5 (log truncated or rolled back)'],
    ] as const) {
      log = await startServer(env(db));
      try {
        const r = await runWitness(log.url);
        expect(r.code).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual({ site: SITE, status: 'refused', problem });
      } finally {
        log.child.kill('SIGTERM');
        await log.exited;
      }
    }
    expect(
      (JSON.parse(readFileSync(state, 'utf8')) as { heads: Record<string, { treeSize: number }> }).heads[SITE]!
        .treeSize,
    ).toBe(5);
  }, 180_000);
});
