/**
 * The log's keys through the CLI and real server processes: the signing key is refused beside the
 * database, key and database files are owner-only, and a rotation keeps old heads verifiable.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublicKeyInfo } from '../src/keys/keyring.js';
import { newChainBody } from './chain-signer.js';
import { runCli, startServer } from './cli-process.js';
import { proofBody, SITE } from './submission.js';

const dir = mkdtempSync(join(tmpdir(), 'cookiegate-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const body = () => JSON.stringify(newChainBody(proofBody()));

/** Starts serve, posts `n` proofs, signs heads, stops. */
async function serveAndWrite(env: Record<string, string>, n: number): Promise<PublicKeyInfo[]> {
  const { child, url, exited } = await startServer(env);
  try {
    for (let i = 0; i < n; i++) {
      const res = await fetch(`${url}/v1/proofs`, {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'application/json' },
        body: body(),
      });
      expect(res.status).toBe(201);
    }
    expect(
      (await fetch(`${url}/v1/admin/tree-heads`, { method: 'POST', headers: { authorization: 'Bearer tok' } })).status,
    ).toBe(200);
    return ((await (await fetch(`${url}/v1/public-keys`)).json()) as { keys: PublicKeyInfo[] }).keys;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

describe('signing keys', () => {
  it('serve refuses a signing key in the database folder unless told so', async () => {
    const data = join(dir, 'beside');
    const env = {
      COOKIEGATE_DB: `sqlite:${join(data, 'proofs.db')}`,
      COOKIEGATE_KEY_DIR: data,
      COOKIEGATE_ORIGINS: SITE,
    };
    const r = await runCli(['serve', '--port', '0', '--host', '127.0.0.1'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/signing key .*signing-key\.pem is in the database's folder .*--allow-key-beside-db/);
    const { child, exited } = await startServer({ ...env, COOKIEGATE_ALLOW_KEY_BESIDE_DB: 'true' });
    child.kill('SIGTERM');
    await exited;
  }, 60_000);

  it('keeps the key and the database owner-only, and refuses a key file others can read', async () => {
    const env = {
      COOKIEGATE_DB: `sqlite:${join(dir, 'modes', 'proofs.db')}`,
      COOKIEGATE_KEY_DIR: join(dir, 'modes-keys'),
      COOKIEGATE_ORIGINS: SITE,
      COOKIEGATE_ADMIN_TOKEN: 'tok',
    };
    await serveAndWrite(env, 1);
    expect(statSync(join(dir, 'modes-keys', 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'modes', 'proofs.db')).mode & 0o777).toBe(0o600);
    chmodSync(join(dir, 'modes-keys', 'signing-key.pem'), 0o644);
    const r = await runCli(['serve', '--port', '0', '--host', '127.0.0.1'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/readable by others \(mode 644\): run chmod 600/);
  }, 60_000);

  it('keys rotate adds a key; heads carry key ids; /v1/public-keys lists both; verify checks old heads with the old key', async () => {
    const keyDir = join(dir, 'rot-keys');
    const env = {
      COOKIEGATE_DB: `sqlite:${join(dir, 'rot', 'proofs.db')}`,
      COOKIEGATE_KEY_DIR: keyDir,
      COOKIEGATE_ORIGINS: SITE,
      COOKIEGATE_ADMIN_TOKEN: 'tok',
    };
    const [first] = await serveAndWrite(env, 3);
    const rot = await runCli(['keys', 'rotate'], env);
    expect(rot.code).toBe(0);
    const { retired, current } = JSON.parse(rot.stdout) as { retired: PublicKeyInfo; current: PublicKeyInfo };
    expect(retired.keyId).toBe(first!.keyId);
    expect(retired.validUntil).toBe(current.validFrom);
    expect(statSync(join(keyDir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    const keys = await serveAndWrite(env, 2);
    expect(keys.map((k) => [k.keyId, k.validUntil === null])).toEqual([
      [retired.keyId, false],
      [current.keyId, true],
    ]);

    const v = await runCli(['verify'], env);
    expect(v.stderr).toBe('');
    expect(v.stdout).toMatch(/^OK: 5 records \(0 tombstones\), 2 tree heads/);
    // Pinned to the new key only, the old heads do not verify, and verify says why.
    mkdirSync(join(dir, 'pin'), { recursive: true });
    writeFileSync(join(dir, 'pin', 'new.pem'), current.publicKeyPem);
    const pinned = await runCli(['verify', '--public-key', join(dir, 'pin', 'new.pem')], env);
    expect(pinned.code).toBe(1);
    expect(pinned.stderr).toContain(`tree head of size 3`);
    expect(pinned.stderr).toContain(`signed by unknown key ${retired.keyId}`);
    // The published list (as GET /v1/public-keys gives it) verifies the whole log.
    writeFileSync(join(dir, 'pin', 'list.json'), JSON.stringify({ keys }));
    expect((await runCli(['verify', '--public-keys', join(dir, 'pin', 'list.json')], env)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(keyDir, 'public-keys.json'), 'utf8'))).toEqual(keys);
  }, 120_000);
});
