/**
 * A dishonest operator against published heads, on SQLite and PostgreSQL. Each attack builds the
 * log the operator would like to show (through the store, so it is internally consistent, with
 * heads re-signed by the operator's own key): the database's own `verify` passes, and `verify`
 * against the heads published earlier fails, naming the problem. Legitimate erasure, purge and
 * key rotation still verify against the same published heads.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tombstoneWithEvents } from '../src/events/log-event.js';
import { headLines, parseHeadLines } from '../src/heads/heads-file.js';
import { publicKeyInfo } from '../src/keys/keyring.js';
import type { PendingRecord } from '../src/log/record.js';
import { makePending } from './store-contract.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import type { ProofStore } from '../src/stores/types.js';
import { TreeHeadSigner, type SignedTreeHead } from '../src/log/tree-head.js';
import { verifyLog } from '../src/ops/verify-log.js';
import { backends, type OpenedBackend } from './backends.js';

const SITE = 'https://shop.example';
const operatorKey = generateKeyPairSync('ed25519').privateKey;
const signer = new TreeHeadSigner(operatorKey);

/** 13 records; heads at 6, 10 and 13 (all published). */
function history(): PendingRecord[] {
  const c = randomUUID();
  return Array.from({ length: 13 }, (_, i) =>
    makePending(SITE, i % 4 === 0 ? c : randomUUID(), new Date(Date.UTC(2026, 0, 1, 0, i))),
  );
}

async function write(
  store: ProofStore,
  records: PendingRecord[],
  headAt: number[],
  key: KeyObject = operatorKey,
): Promise<SignedTreeHead[]> {
  const s = new TreeHeadSigner(key);
  let done = 0;
  for (const size of headAt) {
    await store.append(records.slice(done, size));
    done = size;
    const head = await store.head(SITE);
    await store.saveTreeHead(s.sign(SITE, head.size, head.rootHash));
  }
  if (done < records.length) await store.append(records.slice(done));
  return store.treeHeads(SITE);
}

describe.each(backends)('tampering against published heads: $name', (backend) => {
  const opened: OpenedBackend[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.store.close();
      await o.dispose();
    }
  });
  async function fresh(): Promise<OpenedBackend> {
    const o = await backend.open();
    opened.push(o);
    await o.store.init();
    return o;
  }
  /** The honest log, and its heads as the owner published them (a JSON-lines file). */
  async function honest(): Promise<{ o: OpenedBackend; records: PendingRecord[]; published: SignedTreeHead[] }> {
    const o = await fresh();
    const records = history();
    const published = parseHeadLines(headLines(await write(o.store, records, [6, 10, 13])));
    return { o, records, published };
  }
  /** The operator's replacement log: consistent in itself, heads re-signed with the operator's key. */
  async function forged(records: PendingRecord[], headAt: number[]): Promise<ProofStore> {
    const o = await fresh();
    await write(o.store, records, headAt);
    expect((await verifyLog(o.store, signer.publicKeyPem)).problems).toEqual([]); // the database alone looks fine
    return o.store;
  }
  const problems = async (store: ProofStore, published: SignedTreeHead[]) =>
    (await verifyLog(store, signer.publicKeyPem, { heads: published })).problems.map((p) => p.message);

  it('the honest log verifies against its published heads', async () => {
    const { o, published } = await honest();
    expect(published.map((h) => h.treeSize)).toEqual([6, 10, 13]);
    expect(await problems(o.store, published)).toEqual([]);
  });

  it('truncation after the newest head', async () => {
    const { records, published } = await honest();
    const store = await forged(records.slice(0, 10), [6, 10]);
    expect(await problems(store, published)).toEqual([
      `exported tree head of size 13 at ${published[2]!.timestamp}: the log has only 10 records (truncated)`,
    ]);
  });

  it('truncation into the signed range, the heads above deleted', async () => {
    const { records, published } = await honest();
    const store = await forged(records.slice(0, 5), [5]);
    expect(await problems(store, published)).toEqual([
      `exported tree head of size 6 at ${published[0]!.timestamp}: the log has only 5 records (truncated)`,
      `exported tree head of size 10 at ${published[1]!.timestamp}: the log has only 5 records (truncated)`,
      `exported tree head of size 13 at ${published[2]!.timestamp}: the log has only 5 records (truncated)`,
    ]);
  });

  it('reordering records the database had not yet signed a head over', async () => {
    const { records, published } = await honest();
    const swapped = [...records];
    [swapped[11], swapped[12]] = [swapped[12]!, swapped[11]!];
    const store = await forged(swapped, [6, 10]); // no head over the reordered part in the database
    expect(await problems(store, published)).toEqual([
      `exported tree head of size 13 at ${published[2]!.timestamp}: the log's first 13 records do not match it (rewritten, reordered or replaced)`,
    ]);
  });

  it("an edited old record, tree rebuilt and every head re-signed with the operator's key", async () => {
    const { records, published } = await honest();
    const edited = records.map((r, i) =>
      i === 3 ? { ...r, action: 'reject_all' as const, decisions: { analytics: false, marketing: false } } : r,
    );
    const store = await forged(edited, [6, 10, 13]);
    expect(await problems(store, published)).toEqual(
      published.map(
        (h) =>
          `exported tree head of size ${h.treeSize} at ${h.timestamp}: the log's first ${h.treeSize} records do not match it (rewritten, reordered or replaced)`,
      ),
    );
  });

  it('a tombstone made with SQL', async () => {
    const { o, records, published } = await honest();
    expect(await o.tombstoneBySql(records[2]!.id, 'erasure')).toBe(1);
    expect(await problems(o.store, published)).toEqual([
      `record ${records[2]!.id} at index 2: tombstone (erasure) that no erasure event covers`,
      expect.stringMatching(
        /^stats rollups differ from the log in 21 counts .*action custom: stored 13, the log has 12/,
      ), // still counted
    ]);
  });

  it('a legitimate erasure, purge and key rotation still verify against the published heads', async () => {
    const { o, records, published } = await honest();
    await tombstoneWithEvents(o.store, { consentId: records[0]!.consentId }, 'erasure', 'admin:test');
    await tombstoneWithEvents(o.store, { before: new Date(Date.UTC(2026, 0, 1, 0, 2)) }, 'retention', 'cli:test');
    const rotatedAt = new Date();
    const next = generateKeyPairSync('ed25519').privateKey;
    const head = await o.store.head(SITE);
    await o.store.saveTreeHead(
      new TreeHeadSigner(next).sign(SITE, head.size, head.rootHash, new Date(rotatedAt.getTime() + 1)),
    );
    const keys = [
      publicKeyInfo(operatorKey, null, rotatedAt.toISOString()),
      publicKeyInfo(next, rotatedAt.toISOString(), null),
    ];
    const res = await verifyLog(o.store, keys, { heads: published });
    expect(res.problems).toEqual([]);
    expect(res.tombstones).toBe(5); // indexes 0, 4, 8, 12 erased; 1 purged
  });
});

describe('verify --heads through the CLI (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-tamper-cli-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(PKG, 'src', 'node', 'cli.ts'), ...args], {
      cwd: PKG,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('heads prints every head as JSON lines; verify --heads fails on a rewritten log and names the head', async () => {
    const records = history();
    const honestStore = new SqliteStore({ path: join(dir, 'honest.db') });
    await honestStore.init();
    await write(honestStore, records, [6, 10, 13]);
    await honestStore.close();
    const printed = cli('heads', '--db', `sqlite:${join(dir, 'honest.db')}`);
    expect(printed.status).toBe(0);
    const lines = printed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SignedTreeHead);
    expect(lines.map((h) => Object.keys(h))).toEqual(
      Array(3).fill(['site', 'treeSize', 'rootHash', 'timestamp', 'keyId', 'signature']),
    );
    writeFileSync(join(dir, 'heads.jsonl'), printed.stdout);
    writeFileSync(join(dir, 'key.pem'), signer.publicKeyPem);

    const forgedStore = new SqliteStore({ path: join(dir, 'forged.db') });
    await forgedStore.init();
    await write(forgedStore, records.slice(0, 12), [6, 10]);
    await forgedStore.close();
    const args = ['--db', `sqlite:${join(dir, 'forged.db')}`, '--public-key', join(dir, 'key.pem')];
    expect(cli('verify', ...args).status).toBe(0);
    const v = cli('verify', ...args, '--heads', join(dir, 'heads.jsonl'));
    expect(v.status).toBe(1);
    expect(v.stderr).toContain(
      `${SITE}: exported tree head of size 13 at ${lines[2]!.timestamp}: the log has only 12 records (truncated)`,
    );
    const bad = cli('verify', ...args, '--heads', join(dir, 'key.pem'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('key.pem line 1: not JSON');
  }, 120_000);
});
