/**
 * The `npm start` process itself (examples/shop/server.mjs): what it prints, a port in
 * use, a clean stop on Ctrl-C, the routes it serves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SERVER, startShopServer, stopShopServer, test, verifyDatabase } from './fixtures';

test.describe('the demo server (npm start)', () => {
  test('prints its URL, serves the shop, the SDK, the stand-ins and the proof server from one process', async ({
    request,
    shopServer,
  }) => {
    expect(shopServer.output.join('')).toMatch(/running at http:\/\/localhost:\d+\//);
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/produkter/norrsken-9', 'text/html'],
      ['/varukorg', 'text/html'],
      ['/cookies', 'text/html'],
      ['/integritet', 'text/html'],
      ['/cookiegate.js', 'text/javascript'],
      ['/cookiegate-decide.js', 'text/javascript'],
      ['/stand-ins/gtag.js', 'text/javascript'],
      ['/sw.js', 'text/javascript'],
      ['/healthz', 'application/json'],
      ['/v1/public-key', 'application/json'],
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toContain(type);
    }
    expect((await request.get('/nope')).status()).toBe(404);
    expect((await request.get('/stand-ins/../server.mjs')).status()).toBe(404);
    // Proofs are accepted only from the shop's own origin.
    const denied = await request.post('/v1/proofs', {
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      data: '{}',
    });
    expect(denied.status()).toBe(403);
  });

  test('Magento-like session: PHPSESSID is HttpOnly, form_key protects the cart form', async ({ request }) => {
    const res = await request.get('/');
    const cookies = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value);
    expect(cookies.find((c) => c.startsWith('PHPSESSID='))).toMatch(/; HttpOnly; SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('form_key='))).toMatch(/Max-Age=86400/);
    const forged = await request.post('/varukorg', {
      form: { action: 'add', product: 'bris-35', form_key: 'wrong' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
  });

  test("keeps the tree-head signing key apart from the database's folder, readable by its owner only", async ({
    shopServer,
  }) => {
    // COOKIEGATE_DATA_DIR is the temp folder, the key folder the default ./keys (the process runs there).
    const key = join(shopServer.dir, 'keys', 'signing-key.pem');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(statSync(join(shopServer.dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(existsSync(join(shopServer.dir, 'signing-key.pem'))).toBe(false);
  });

  test('a port in use gives a one-line message and exit code 1', async ({ shopServer }) => {
    const port = new URL(shopServer.url).port;
    const r = spawnSync(process.execPath, [SERVER], {
      env: { ...process.env, PORT: port, COOKIEGATE_DATA_DIR: shopServer.dir },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Port ${port} is already in use: stop the other server or pick another port, e.g. PORT=${Number(port) + 1} npm start`,
    );
  });

  test('Ctrl-C (SIGINT) stops it cleanly: exit 0, the database closed and verifiable', async () => {
    const s = await startShopServer();
    try {
      const res = await fetch(`${s.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await stopShopServer(s, 'SIGINT')).toBe(0);
      expect(s.output.join('')).toContain('Stopped.');
      const v = verifyDatabase(s);
      expect(v.stdout + v.stderr).toMatch(/^OK/);
      expect(v.status).toBe(0);
    } finally {
      rmSync(s.dir, { recursive: true, force: true });
    }
  });
});
