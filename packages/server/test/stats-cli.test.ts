/** `cookiegate-server stats` (JSON, CSV, bad flags), `stats rebuild`, and `verify` after a rollup is edited with SQL. */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSync } from './cli-process.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { makePending } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'cookiegate-stats-cli-'));
const dbFile = join(dir, 'proofs.db');
const keyFile = join(dir, 'key.pem');
const SITE = 'https://shop.example';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  cliSync(args, { COOKIEGATE_DB: `sqlite:${dbFile}`, COOKIEGATE_SIGNING_KEY_FILE: keyFile });

beforeAll(async () => {
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  const store = new SqliteStore({ path: dbFile });
  await store.init();
  const at = (t: string) => new Date(`${t}T12:00:00Z`);
  await store.append([
    { ...makePending(SITE, randomUUID(), at('2026-11-30')), action: 'accept_all' },
    { ...makePending(SITE, randomUUID(), at('2026-11-30')), action: 'reject_all', gpc: true },
    { ...makePending(SITE, randomUUID(), at('2026-12-02')), action: 'custom' },
    { ...makePending(SITE, randomUUID(), at('2026-12-07')), action: 'withdraw' },
  ]);
  await store.addImpressions([{ site: SITE, day: 20424, locale: 'sv', variant: '', n: 3 }]); // 2025-12-02: out of range
  await store.close();
});

describe('cookiegate-server stats', () => {
  it('prints the report as JSON and one CSV row per period', () => {
    const json = cli('stats', '--site', SITE, '--from', '2026-11-30', '--to', '2026-12-06');
    expect(json.code).toBe(0);
    const r = JSON.parse(json.out);
    expect(r).toMatchObject({ site: SITE, from: '2026-11-30', to: '2026-12-06', by: 'day' });
    expect(r.totals).toEqual({
      decisions: 3,
      impressions: 0,
      actions: { accept_all: 1, reject_all: 1, custom: 1 },
      gpc: 1,
      gpcApplied: 0,
    });
    expect(r.series).toHaveLength(7);
    const csv = cli(
      'stats',
      '--site',
      SITE,
      '--from',
      '2026-11-30',
      '--to',
      '2026-12-07',
      '--by',
      'week',
      '--format',
      'csv',
    );
    expect(csv.code).toBe(0);
    expect(csv.out).toBe(
      'period,decisions,impressions,accept_all,reject_all,custom,withdraw,reprompt,expire,gpc\n' +
        '2026-11-30,3,0,1,1,1,0,0,0,1\n' +
        '2026-12-07,1,0,0,0,0,1,0,0,0\n',
    );
  });

  it('says which flag is wrong and exits non-zero', { timeout: 120_000 }, () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'xml', '--site', SITE], /--format must be json or csv/],
      [[], /--site: required/],
      [
        ['--site', 'https://other.example'],
        /--site: the database has no log for https:\/\/other.example \(sites: https:\/\/shop.example\)/,
      ],
      [['--site', SITE, '--from', '2026-02-30'], /--from: must be a date/],
      [['--site', SITE, '--from', '2026-12-02', '--to', '2026-12-01'], /--from: 2026-12-02 is after to/],
      [['--site', SITE, '--by', 'hour'], /--by: must be day or week/],
    ];
    for (const [args, error] of cases) {
      const r = cli('stats', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(error);
    }
    const sub = cli('stats', 'rebuilt');
    expect(sub.code).toBe(2);
    expect(sub.err).toMatch(/unknown stats subcommand: rebuilt/);
  });

  it('verify fails naming a rollup edited with SQL; stats rebuild recounts it', { timeout: 90_000 }, () => {
    expect(cli('verify').code).toBe(0);
    const db = new Database(dbFile);
    db.prepare("UPDATE stats_rollups SET n = 9 WHERE span = 1 AND dim = 'action' AND a = 'accept_all'").run();
    db.close();
    const v = cli('verify');
    expect(v.code).toBe(1);
    expect(v.err).toContain(
      'https://shop.example: stats rollups differ from the log in 1 count (cookiegate-server stats rebuild recounts them): 2026-11-30 action accept_all: stored 9, the log has 1',
    );
    const rebuilt = cli('stats', 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(JSON.parse(rebuilt.out)).toEqual({ recounted: 4 });
    expect(cli('verify').code).toBe(0);
  });
});

it('serve --help names the stats token', () => {
  const help = cli('--help');
  expect(help.out).toContain('--stats-token <token>');
  expect(help.out).toContain('COOKIEGATE_STATS_TOKEN');
  expect(help.out).toContain('stats rebuild');
});
