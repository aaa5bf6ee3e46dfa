/**
 * `cookiegate audit|scan` through the SDK's command (packages/sdk/bin/cookiegate.mjs), as
 * real processes: bad input gets a clear message and a non-zero exit, a failing site exits
 * 1 with its table, and without @cookiegate/audit the command says how to install it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ITEMS } from '../src/checks/catalogue.mjs';
import { startSite } from './fixtures/site.mjs';

const BIN = join(import.meta.dirname, '..', '..', 'sdk', 'bin', 'cookiegate.mjs');
const FAST = ['--offline', '--viewports', '1366x768', '--pages', '1', '--settle', '1s', '--observe', '1s'];

const run = (args, bin = BIN) =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b) => (stdout += b));
    p.stderr.on('data', (b) => (stderr += b));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });

let dir;
let site;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookiegate-audit-cli-'));
  site = await startSite('reject-link');
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad input', () => {
  test('a malformed URL, an unknown option value, a missing URL: exit 2 with the reason', async () => {
    const a = await run(['audit', 'shop.example']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/“shop\.example” is not a URL/);
    const b = await run(['audit', site.url, '--fail-on', 'sometimes']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--fail-on sometimes: expected fail or warn/);
    const c = await run(['scan']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/give the site's URL/);
    const d = await run(['audit', site.url, '--observe', 'forever']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/--observe forever/);
  });

  test('an unreachable site and a non-HTML answer: exit 1, and the JSON says what could not be checked', async () => {
    const json = join(dir, 'unreachable.json');
    // A port that was free a moment ago: nothing listens there.
    const gone = await startSite('');
    await gone.close();
    const closed = new URL(gone.url);
    const a = await run(['audit', closed.href, '--json', json, ...FAST]);
    expect(a.code).toBe(1);
    expect(a.stdout).toMatch(/Could not audit: .*ERR_CONNECTION_REFUSED/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.checks.map((c) => c.id)).toEqual(Object.keys(ITEMS));
    expect(new Set(report.checks.map((c) => c.status))).toEqual(new Set(['n/a']));
    const b = await run(['audit', new URL('/data.json', site.url).href, ...FAST]);
    expect(b.code).toBe(1);
    expect(b.stdout).toMatch(/application\/json, not an HTML page/);
  });

  test('a page that never finishes loading: each phase gives up at its limit, exit 1', async () => {
    const r = await run(['audit', new URL('/hang', site.url).href, ...FAST, '--navigation-timeout', '2s']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Could not audit: .*\/hang: did not finish loading within 2000 ms/);
  });

  test('scan never overwrites a file without --force', async () => {
    const out = join(dir, 'draft.json');
    writeFileSync(out, 'keep me');
    const r = await run(['scan', site.url, '--out', out, ...FAST]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  test('without @cookiegate/audit the command says how to install it', async () => {
    // The same command where no node_modules has the package.
    const bin = join(mkdtempSync(join(dir, 'bin-')), 'cookiegate.mjs');
    copyFileSync(BIN, bin);
    const r = await run(['audit', 'https://shop.example/'], bin);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/npm install --save-dev @cookiegate\/audit/);
  });
});

describe('a site that fails an item', () => {
  test('progress on stderr, the table on stdout, exit 1, JSON and HTML written', async () => {
    const json = join(dir, 'audit.json');
    const html = join(dir, 'audit.html');
    const r = await run(['audit', site.url, '--json', json, '--html', html, ...FAST]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^\[\d\/8\] before consent @ 1366×768 \(\d+\.\d s\)$/m);
    expect(r.stdout).toMatch(/^C5 +FAIL +Reject and accept equally prominent/m);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['url', 'startedAt', 'checks', 'requests', 'cookies', 'storage']),
    );
    expect(report.checks[0]).toEqual({
      id: 'C1',
      status: 'pass',
      title: expect.any(String),
      evidence: expect.any(String),
      source: expect.any(String),
    });
    expect(existsSync(html)).toBe(true);
    expect(readFileSync(html, 'utf8')).not.toMatch(/<script/i);
  });
});
