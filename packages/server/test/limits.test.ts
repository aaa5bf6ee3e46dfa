/**
 * Per-network limits over real HTTP: the client address behind proxies, the proof rate limit
 * under a flood of other networks, receipt and admin-token limits, and tree heads per interval.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/node/serve.js';
import { verifyReceipt, type Receipt } from '../src/ops/receipt.js';
import { cli, runCli } from './cli-process.js';
import { postFrom, postInit, requestFrom, SITE, submission } from './submission.js';
import { testServers } from './test-server.js';

const root = mkdtempSync(join(tmpdir(), 'cookiegate-limits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const start = testServers({ newChains: false }); // these tests are about other limits

const storedPrefixes = async (srv: RunningServer) =>
  (await srv.store.readRows(SITE, 0, 1_000)).map((r) => JSON.parse(r.body!).ipPrefix as string);

/**
 * Sends `count` pipelined POSTs on one keep-alive connection, the i-th with `header(i)`
 * added, and counts the answers by status.
 */
function pipelined(
  port: number,
  count: number,
  header: (i: number) => string,
  body = '{',
): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port });
    let seen = '';
    const counts: Record<string, number> = {};
    let answers = 0;
    s.setEncoding('latin1');
    s.on('data', (d: string) => {
      seen += d;
      const re = /HTTP\/1\.1 (\d{3}) /g;
      let m: RegExpExecArray | null;
      let last = 0;
      while ((m = re.exec(seen))) {
        counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
        answers++;
        last = re.lastIndex;
      }
      seen = seen.slice(last);
      if (answers === count) {
        s.end();
        resolve(counts);
      }
    });
    s.on('error', reject);
    let out = '';
    for (let i = 0; i < count; i++)
      out += `POST /v1/proofs HTTP/1.1\r\nHost: x\r\nOrigin: ${SITE}\r\nContent-Type: application/json\r\n${header(i)}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    s.write(out);
  });
}

describe('client address behind proxies', () => {
  it('with named proxies, a client cannot pick its address (or dodge the limit) by writing X-Forwarded-For', async () => {
    const srv = await start({ trustProxy: ['127.0.0.2'], rateLimit: { burst: 3, perSecond: 0.001 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await postFrom(srv.url, '127.0.0.2', { 'x-forwarded-for': `203.0.${i}.1, 198.51.100.7` })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    expect(await storedPrefixes(srv)).toEqual(['198.51.100.0/24', '198.51.100.0/24', '198.51.100.0/24']);
    // Straight from a client that is no proxy: its X-Forwarded-For is ignored.
    expect((await postFrom(srv.url, '127.0.1.9', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(201);
    expect((await storedPrefixes(srv))[3]).toBe('127.0.1.0/24');
  });

  it('the CLI refuses --trust-proxy true and a malformed limit, saying why; --help names the limits', async () => {
    const tpEnv = { COOKIEGATE_KEY_DIR: join(root, 'tp-keys'), COOKIEGATE_DB: `sqlite:${join(root, 'tp', 'p.db')}` };
    const child = cli(['serve', '--port', '0', '--host', '127.0.0.1', '--trust-proxy', 'true'], tpEnv);
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise((r) => child.once('exit', r));
    clearTimeout(kill);
    expect(code).toBe(2);
    expect(err).toMatch(/--trust-proxy true would trust the left-most X-Forwarded-For entry, which the client writes/);
    const help = (await runCli(['--help'], {})).stdout;
    for (const flag of [
      '--trust-proxy <n|addrs>',
      '--read-rate-limit',
      '--admin-rate-limit',
      '--request-timeout',
      '--headers-timeout',
      '--keep-alive-timeout',
      '--max-connections <n>',
      '--max-connections-per-ip',
      '--shutdown-timeout',
    ])
      expect(help).toContain(flag);
    const bad = await runCli(['serve', '--read-rate-limit', 'lots'], tpEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--read-rate-limit must be burst\/perSecond/);
  }, 60_000);
});

describe('rate limits', () => {
  it('a limited network stays limited while 50,000 other networks pass through', async () => {
    const srv = await start({ trustProxy: 1, rateLimit: { burst: 2, perSecond: 0.001 } });
    const hot = (i: number) => `X-Forwarded-For: 6.6.6.${i % 250}, 198.51.100.7`;
    expect(await pipelined(srv.port, 3, hot, '{')).toEqual({ 400: 2, 429: 1 });
    // 50,400 networks 10.a.b.0/24, each once (malformed bodies: refused after the limit, nothing stored),
    // on 6 connections at once, the limited network trying again between rounds.
    const rounds = 7;
    const per = 1_200;
    const hotAnswers: Record<string, number>[] = [];
    for (let r = 0; r < rounds; r++) {
      const batch = await Promise.all(
        Array.from({ length: 6 }, (_, c) =>
          pipelined(srv.port, per, (i) => {
            const k = (r * 6 + c) * per + i;
            return `X-Forwarded-For: 10.${k >> 8}.${k & 255}.1`;
          }),
        ),
      );
      for (const b of batch) expect(b).toEqual({ 400: per });
      hotAnswers.push(await pipelined(srv.port, 1, hot));
    }
    expect(hotAnswers).toEqual(Array(rounds).fill({ 429: 1 }));
    expect((await srv.store.head(SITE)).size).toBe(0);
  }, 120_000);

  it('limits receipt reads per network, with Retry-After', async () => {
    const srv = await start({ readRateLimit: { burst: 3, perSecond: 0.001 } });
    const consentId = randomUUID();
    expect((await fetch(`${srv.url}/v1/proofs`, postInit(submission({ consentId })))).status).toBe(201);
    const get = (from: string) => requestFrom(`${srv.url}/v1/proofs/${consentId}`, from, { headers: { origin: SITE } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('127.0.0.1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await get('127.0.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body)).toEqual({ error: 'read rate limit exceeded for this network' });
    expect((await requestFrom(`${srv.url}/v1/tree-head`, '127.0.0.1')).status).toBe(429);
    expect((await get('127.0.1.3')).status).toBe(200); // another network
  });

  it('limits wrong admin tokens per network, with Retry-After, before checking the token', async () => {
    const token = 'a-long-random-admin-token-0123456789';
    const srv = await start({ adminToken: token, adminRateLimit: { burst: 3, perSecond: 0.001 } });
    const admin = (from: string, t: string) =>
      requestFrom(`${srv.url}/v1/admin/tree-heads`, from, {
        method: 'POST',
        headers: { authorization: `Bearer ${t}` },
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await admin('127.0.0.1', `guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const refused = await admin('127.0.0.1', token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await admin('127.0.1.4', token)).status).toBe(200);
    // Right tokens take nothing: the admin's own network is not limited by its own work.
    for (let i = 0; i < 5; i++) expect((await admin('127.0.1.4', token)).status).toBe(200);
  });
});

describe('tree heads for receipts', () => {
  it('50 receipts after 50 new proofs sign one tree head, not 50; the later records are pending, verifiably', async () => {
    const srv = await start({ treeHeadIntervalMs: 60_000, readRateLimit: false });
    const key = ((await (await fetch(`${srv.url}/v1/public-key`)).json()) as { publicKeyPem: string }).publicKeyPem;
    const pendingSeen: number[] = [];
    for (let i = 0; i < 50; i++) {
      const body = submission();
      expect((await fetch(`${srv.url}/v1/proofs`, postInit(body))).status).toBe(201);
      const res = await fetch(`${srv.url}/v1/proofs/${body.consentId as string}`, { headers: { origin: SITE } });
      expect(res.status).toBe(200);
      const receipt = (await res.json()) as Receipt;
      const v = verifyReceipt(receipt, key);
      expect(v.valid).toBe(true);
      if (receipt.pending) {
        pendingSeen.push(i);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(v.pending).toEqual([receipt.pending[0]!.record.id]);
      }
    }
    expect(await srv.store.treeHeads(SITE)).toHaveLength(1);
    expect(pendingSeen).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
  }, 60_000);
});
