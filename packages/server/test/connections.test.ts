/**
 * Slow and idle clients over real sockets: silent connections and half-sent requests are
 * cut off within the request timeout, one network's idle connections cannot starve another's
 * (real server process under a low file limit), and SIGTERM ends within the shutdown timeout
 * while clients hold half-sent requests, losing no acknowledged proof.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import { startServer } from './cli-process.js';
import { postFrom, postInit, SITE } from './submission.js';
import { testServers } from './test-server.js';

const root = mkdtempSync(join(tmpdir(), 'cookiegate-conn-'));
let n = 0;
const children: ChildProcess[] = [];
const sockets: Socket[] = [];
const start = testServers(); // registered first: its servers close after the sockets below are gone
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dir(): string {
  return join(root, `s${n++}`);
}

/** Opens a raw TCP connection from `localAddress`; resolves once connected. */
function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(s));
    sockets.push(s);
    s.resume(); // read what the server sends, so that its close is seen
    s.on('error', () => {}); // a reset from the server is an outcome here
    s.once('error', reject);
  });
}

/** Resolves true when `s` closes within `ms`, false otherwise. */
function closesWithin(s: Socket, ms: number): Promise<boolean> {
  if (s.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    s.once('close', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

const halfSent = (host: string) =>
  `POST /v1/proofs HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${SITE}\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"consentId":`;

describe('slow and idle connections', () => {
  it('closes a connection that sends nothing, and one that sends half a body, within the request timeout', async () => {
    const srv = await start({ requestTimeoutMs: 500 });
    const silent = await open(srv.port);
    const slow = await open(srv.port);
    let answer = '';
    slow.on('data', (d) => (answer += d));
    silent.on('data', () => {});
    slow.write(halfSent('127.0.0.1'));
    const [silentClosed, slowClosed] = await Promise.all([closesWithin(silent, 4_000), closesWithin(slow, 4_000)]);
    expect({ silentClosed, slowClosed }).toEqual({ silentClosed: true, slowClosed: true });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await srv.store.head(SITE)).size).toBe(0);
    // The server still serves.
    expect((await fetch(`${srv.url}/v1/proofs`, postInit())).status).toBe(201);
  }, 20_000);

  it("one network's idle connections do not starve another's client (real process, 256 open files)", async () => {
    const d = dir();
    const { url } = await startServer(
      {
        COOKIEGATE_DB: `sqlite:${join(d, 'p.db')}`,
        COOKIEGATE_KEY_DIR: join(d, 'keys'),
        COOKIEGATE_ORIGINS: SITE,
        COOKIEGATE_MAX_CONNECTIONS_PER_IP: '50',
      },
      children,
      ['prlimit', '--nofile=256', '--'],
    );
    const port = Number(new URL(url).port);
    const idle: Socket[] = [];
    for (let i = 0; i < 400; i++) idle.push(await open(port, '127.0.0.1').catch(() => undefined as unknown as Socket));
    // Past the cap the server drops the connections at once; give it a moment to get through them.
    const closed = Promise.all(idle.map((s) => (s ? closesWithin(s, 3_000) : true)));
    await new Promise((r) => setTimeout(r, 500));
    // A visitor from another network (127.0.1.0/24) still gets through.
    expect(
      await postFrom(url, '127.0.1.7').then(
        (r) => r.status,
        (err: Error) => err.message,
      ),
    ).toBe(201);
    expect((await closed).filter((c) => !c).length).toBeLessThanOrEqual(50);
  }, 60_000);

  it('SIGTERM ends within the shutdown timeout while clients hold half-sent requests, and keeps every acknowledged proof', async () => {
    const d = dir();
    const db = join(d, 'p.db');
    const { child, url, exited } = await startServer(
      {
        COOKIEGATE_DB: `sqlite:${db}`,
        COOKIEGATE_KEY_DIR: join(d, 'keys'),
        COOKIEGATE_ORIGINS: SITE,
        COOKIEGATE_SHUTDOWN_TIMEOUT: '1',
        COOKIEGATE_REQUEST_TIMEOUT: '60',
        COOKIEGATE_RATE_LIMIT: 'off',
        COOKIEGATE_NEW_CHAINS_PER_PREFIX: 'off',
      },
      children,
    );
    const port = Number(new URL(url).port);
    for (let i = 0; i < 3; i++) (await open(port)).write(halfSent('127.0.0.1'));
    const acked: string[] = [];
    const first = await fetch(`${url}/v1/proofs`, postInit());
    expect(first.status).toBe(201);
    acked.push(((await first.json()) as { id: string }).id);
    // Proofs in flight while the signal arrives: whichever are acknowledged must be stored.
    const inFlight = Array.from({ length: 30 }, () =>
      fetch(`${url}/v1/proofs`, postInit()).then(
        async (r) => (r.status === 201 ? ((await r.json()) as { id: string }).id : undefined),
        () => undefined,
      ),
    );
    child.kill('SIGTERM');
    const code = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r('still running after 8 s'), 8_000)),
    ]);
    expect(code).toBe(0);
    for (const id of await Promise.all(inFlight)) if (id) acked.push(id);
    const store = new SqliteStore({ path: db });
    await store.init();
    try {
      const rows = await store.readRows(SITE, 0, 1_000);
      const stored = new Set(rows.map((r) => r.id));
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
