/** The data commands of the CLI: export, erase, purge (serve and verify are covered by fault.test.ts). */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSync } from './cli-process.js';
import { makePending } from './store-contract.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { TreeHeadSigner } from '../src/log/tree-head.js';

const dir = mkdtempSync(join(tmpdir(), 'cookiegate-cli-'));
const dbFile = join(dir, 'proofs.db');
const keyFile = join(dir, 'key.pem');
const SITE = 'https://shop.example';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cliEnv = (env: Record<string, string>, ...args: string[]) =>
  cliSync(args, { COOKIEGATE_DB: `sqlite:${dbFile}`, COOKIEGATE_SIGNING_KEY_FILE: keyFile, ...env });
const cli = (...args: string[]) => cliEnv({}, ...args);

describe('cookiegate-server export / erase / purge', () => {
  it('exports, erases and purges, and the log still verifies', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const c = randomUUID();
    const store = new SqliteStore({ path: dbFile });
    await store.init();
    await store.append([
      makePending(SITE, c, new Date('2020-01-01T00:00:00Z')),
      makePending(SITE, c),
      makePending(SITE),
    ]);
    const head = await store.head(SITE);
    await store.saveTreeHead(new TreeHeadSigner(privateKey).sign(SITE, head.size, head.rootHash));
    await store.close();

    const exp = cli('export', c);
    expect(exp.code).toBe(0);
    expect(JSON.parse(exp.out).records).toHaveLength(2);

    const purge = cli('purge', '--before', '2021-01-01T00:00:00Z');
    expect(JSON.parse(purge.out).purged).toBe(1);
    expect(JSON.parse(cli('export', c).out).records).toHaveLength(1);

    expect(JSON.parse(cli('erase', c).out).erased).toBe(1);
    expect(JSON.parse(cli('export', c).out).records).toHaveLength(0);

    const v = cli('verify');
    expect(v.out).toMatch(/^OK: 5 records \(2 tombstones\), 1 tree heads/); // + the purge's and the erasure's events
    expect(v.code).toBe(0);

    expect(cli('erase', 'not-a-uuid').code).toBe(2);
    expect(cli('bogus').code).toBe(2);
  }, 120_000); // eight CLI child processes (tsx start-up each) on a shared machine
});

describe('cookiegate-server options', () => {
  it('purge takes --before from COOKIEGATE_BEFORE, and --help names it', async () => {
    const db = join(dir, 'purge-env.db');
    const store = new SqliteStore({ path: db });
    await store.init();
    const old = new Date('2020-01-01T00:00:00Z');
    await store.append([makePending(SITE, randomUUID(), old), makePending(SITE, randomUUID(), old), makePending(SITE)]);
    await store.close();
    const env = { COOKIEGATE_DB: `sqlite:${db}` };

    const bad = cliEnv({ ...env, COOKIEGATE_BEFORE: 'last tuesday' }, 'purge');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--before must be an ISO 8601 date/);

    const r = cliEnv({ ...env, COOKIEGATE_BEFORE: '2021-01-01T00:00:00Z' }, 'purge');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ before: '2021-01-01T00:00:00.000Z', purged: 2 });
    // The flag wins over the variable.
    const flag = cliEnv(
      { ...env, COOKIEGATE_BEFORE: '2019-01-01T00:00:00Z' },
      'purge',
      '--before',
      '2022-01-01T00:00:00Z',
    );
    expect(JSON.parse(flag.out).before).toBe('2022-01-01T00:00:00.000Z');

    const help = cli('--help');
    expect(help.out).toMatch(/--before <iso date>.*\[COOKIEGATE_BEFORE\]/);
    expect(help.out).toMatch(/statistics dashboard at \/dashboard/);
    expect(help.out).toMatch(/--stats-token <token> +read-only bearer token for GET \/v1\/stats and the dashboard/);
  }, 60_000);

  it.each([
    [['--max-body', '0'], {}, '"0"'],
    [['--max-body=-5'], {}, '"-5"'],
    [[], { COOKIEGATE_MAX_BODY: 'lots' }, '"lots"'],
    [[], { COOKIEGATE_MAX_BODY: '0' }, '"0"'],
  ])(
    'serve refuses an invalid max body %j %j',
    (args, env, shown) => {
      const r = cliEnv(
        { COOKIEGATE_KEY_DIR: join(dir, 'max-body'), ...env },
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        ...args,
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: --max-body must be a whole number of bytes, at least 1 (got ${shown})`);
      expect(r.out).not.toContain('listening');
    },
    30_000,
  );
});
