import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type HandlerOptions, type ProofHandler } from './handler.js';
import { verifyReceipt, type Receipt } from '../ops/receipt.js';
import { SqliteStore } from '../stores/sqlite/sqlite.js';
import { verifyTreeHead } from '../log/tree-head.js';
import { verifyConsistency } from '../log/merkle.js';
import { newChainBody, TestChain } from '../../test/chain-signer.js';

const SITE = 'https://shop.example';
const TOKEN = 'admin-secret-token';

export function validBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    consentId: randomUUID(),
    action: 'accept_all',
    surface: 'banner',
    decisions: { necessary: true, analytics: true, marketing: false, 'google-ads': false },
    revision: 2,
    shownHash: 'b'.repeat(64),
    locale: 'sv-SE',
    sdkVersion: '0.1.0',
    gpc: false,
    page: `${SITE}/products/tea`,
    clientTime: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}

let dir: string;
let store: SqliteStore;
let handler: ProofHandler;
const key = generateKeyPairSync('ed25519');
const publicKeyPem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function make(extra: Partial<HandlerOptions> = {}): ProofHandler {
  return createHandler({
    store,
    origins: [SITE, 'https://other.example'],
    signingKey: key.privateKey,
    adminToken: TOKEN,
    rateLimit: false,
    treeHeadIntervalMs: 0,
    ...extra,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookiegate-http-'));
  store = new SqliteStore({ path: join(dir, 'proofs.db') });
  handler = make();
});
afterEach(async () => {
  await handler.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Posts `body`; an object without `sig` is signed first as a new chain's first record. */
function post(body: unknown, init: { origin?: string | null; type?: string; headers?: Record<string, string> } = {}) {
  if (typeof body === 'object' && body !== null && !('sig' in body))
    body = newChainBody(body as Record<string, unknown>);
  const headers: Record<string, string> = { 'content-type': init.type ?? 'application/json', ...init.headers };
  if (init.origin !== null) headers.origin = init.origin ?? SITE;
  return handler(
    new Request('http://proofs.local/v1/proofs', {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { remoteAddress: '198.51.100.23' },
  );
}

async function expectError(res: Promise<Response>, status: number, match: RegExp) {
  const r = await res;
  expect(r.status).toBe(status);
  const body = (await r.json()) as { error: string };
  expect(body.error).toMatch(match);
}

describe('POST /v1/proofs', () => {
  it('stores a proof and answers 201 {id, index, leafHash} with CORS for the origin', async () => {
    const res = await post(validBody(), {
      headers: {
        'sec-gpc': '1',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0',
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    const out = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['id', 'index', 'leafHash']);
    expect(out.index).toBe(0);
    const [row] = await store.readRows(SITE, 0, 1);
    const rec = JSON.parse(row!.body!);
    expect(rec).toMatchObject({
      site: SITE,
      secGpc: true,
      ipPrefix: '198.51.100.0/24',
      ipHmac: null,
      uaFamily: 'Firefox 130 / Linux / desktop',
    });
    expect(JSON.stringify(rec)).not.toContain('198.51.100.23');
  });

  it('accepts sendBeacon text/plain bodies', async () => {
    expect((await post(validBody(), { type: 'text/plain;charset=UTF-8' })).status).toBe(201);
  });

  it('answers the CORS preflight for allowed origins only', async () => {
    const pre = (origin: string) =>
      handler(
        new Request('http://proofs.local/v1/proofs', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        }),
      );
    const ok = await pre(SITE);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(ok.headers.get('access-control-allow-headers')).toContain('content-type');
    expect((await pre('https://evil.example')).status).toBe(403);
  });

  it('rejects a disallowed or missing origin', async () => {
    await expectError(
      post(validBody({ page: 'https://evil.example/x' }), { origin: 'https://evil.example' }),
      403,
      /origin not allowed/,
    );
    await expectError(post(validBody(), { origin: null }), 403, /missing Origin/);
  });

  it('rejects malformed JSON, wrong content types and oversize bodies', async () => {
    await expectError(post('{"consentId": '), 400, /malformed JSON/);
    await expectError(post(validBody(), { type: 'application/x-www-form-urlencoded' }), 415, /content-type/);
    const big = validBody({ sdkVersion: 'x'.repeat(20_000) });
    await expectError(post(big), 413, /larger than/);
    await expectError(
      post(big, { headers: { 'content-length': String(JSON.stringify(big).length) } }),
      413,
      /larger than/,
    );
  });

  it.each([
    [{ extra: 1 }, /unknown field: extra/],
    [{ gpc: 'yes' }, /gpc/],
    [{ revision: 1.5 }, /revision/],
    [{ revision: '2' }, /revision/],
    [{ consentId: 'not-a-uuid' }, /consentId/],
    [
      { consentId: '00000000-0000-0000-0000-000000000000' },
      /version 4 or 7 \(the nil UUID is reserved for log events\)/,
    ],
    [{ action: 'expire' }, null],
    [{ action: 'maybe' }, /action/],
    [{ surface: 'popup' }, /surface/],
    [{ decisions: [] }, /decisions/],
    [{ decisions: { '1bad': true } }, /malformed decision id/],
    [{ decisions: { ['a'.repeat(41)]: true } }, /malformed decision id/],
    [{ decisions: { analytics: 'yes' } }, /decision analytics/],
    [{ decisions: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`c${i}`, true])) }, /too many decisions/],
    [{ shownHash: 'abc' }, /shownHash/],
    [{ locale: 'not a locale' }, /locale/],
    [{ page: `${SITE}/cart?session=1` }, /query string/],
    [{ page: 'https://other.example/cart' }, /not on the request origin/],
    [{ clientTime: 'yesterday' }, /clientTime/],
  ])('rejects invalid field %j', async (patch, reason) => {
    if (reason === null) return void expect((await post(validBody(patch))).status).toBe(201); // valid since issue 13
    await expectError(post(validBody(patch)), 400, reason);
  });

  describe('page and sdkVersion: 400 with the reason, nothing stored', () => {
    const longPage = `${SITE}/${'a'.repeat(2048 - SITE.length)}`; // 2049 characters
    it.each([
      ['an ftp URL', { page: 'ftp://shop.example/cart' }, /^page must be an http\(s\) URL$/],
      ['a javascript: URL', { page: 'javascript:alert(1)' }, /^page must be an http\(s\) URL$/],
      ['a relative URL', { page: '/cart' }, /^page must be an absolute URL$/],
      ['a page of 2049 characters', { page: longPage }, /^page must be a URL of at most 2048 characters$/],
      ['a page that is not a string', { page: 42 }, /^page must be a URL of at most 2048 characters$/],
      [
        'a query string',
        { page: `${SITE}/cart?utm_source=mail` },
        /^page must not contain a query string or fragment$/,
      ],
      ['an empty query string', { page: `${SITE}/cart?` }, /^page must not contain a query string or fragment$/],
      ['a fragment', { page: `${SITE}/cart#checkout` }, /^page must not contain a query string or fragment$/],
      ['an sdkVersion with a space', { sdkVersion: '0.1.0 beta' }, /^sdkVersion must be a short version string$/],
      ['an empty sdkVersion', { sdkVersion: '' }, /^sdkVersion must be a short version string$/],
      ['an sdkVersion starting with a dash', { sdkVersion: '-1.0' }, /^sdkVersion must be a short version string$/],
      [
        'an sdkVersion of 33 characters',
        { sdkVersion: `1.${'0'.repeat(31)}` },
        /^sdkVersion must be a short version string$/,
      ],
      ['a numeric sdkVersion', { sdkVersion: 1 }, /^sdkVersion must be a short version string$/],
    ])('rejects %s', async (_name, patch, reason) => {
      await expectError(post(validBody(patch)), 400, reason);
      expect(await store.sites()).toEqual([]);
      expect((await store.head(SITE)).size).toBe(0);
    });

    it('accepts a page of exactly 2048 characters', async () => {
      const page = longPage.slice(0, -1);
      expect(page).toHaveLength(2048);
      expect((await post(validBody({ page }))).status).toBe(201);
      const [row] = await store.readRows(SITE, 0, 1);
      expect(JSON.parse(row!.body!).page).toBe(page);
    });
  });

  it('rejects a missing field and a non-object body', async () => {
    const b = validBody();
    delete b.locale;
    await expectError(post(b), 400, /missing field: locale/);
    await expectError(post('[1,2]'), 400, /JSON object/);
  });

  it('rate-limits per IP prefix', async () => {
    await handler.close();
    handler = make({ rateLimit: { burst: 3, perSecond: 0.001 } });
    for (let i = 0; i < 3; i++) expect((await post(validBody())).status).toBe(201);
    const res = await post(validBody());
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });

  it('reads X-Forwarded-For only with trustProxy and stores an HMAC, never the IP', async () => {
    await handler.close();
    handler = make({ trustProxy: 1, ipHmacKeys: [{ id: 'k2', secret: Buffer.alloc(32, 7) }] });
    await post(validBody(), { headers: { 'x-forwarded-for': '2001:db8:85a3:1:2:3:4:5' } });
    const [row] = await store.readRows(SITE, 0, 1);
    const rec = JSON.parse(row!.body!);
    expect(rec.ipPrefix).toBe('2001:db8:85a3::/48');
    expect(rec.ipKeyId).toBe('k2');
    expect(rec.ipHmac).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('ignores X-Forwarded-For by default', async () => {
    await post(validBody(), { headers: { 'x-forwarded-for': '203.0.113.9' } });
    const [row] = await store.readRows(SITE, 0, 1);
    expect(JSON.parse(row!.body!).ipPrefix).toBe('198.51.100.0/24');
  });

  it('acknowledges many concurrent proofs with distinct indexes (group commit)', async () => {
    const res = await Promise.all(Array.from({ length: 200 }, () => post(validBody())));
    const idx = await Promise.all(res.map(async (r) => ((await r.json()) as { index: number }).index));
    expect(idx.sort((a, b) => a - b)).toEqual([...Array(200).keys()]);
  });
});

describe('receipts, tree heads, keys', () => {
  it('returns a receipt that verifies offline, and detects a changed record', async () => {
    const chain = new TestChain();
    const consentId = chain.consentId;
    await post(chain.first(validBody()));
    for (let i = 0; i < 5; i++) await post(validBody());
    await post(chain.next(validBody({ action: 'withdraw', decisions: { analytics: false } })));
    const res = await handler(new Request(`http://proofs.local/v1/proofs/${consentId}`, { headers: { origin: SITE } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    const receipt = (await res.json()) as Receipt;
    expect(receipt.entries.map((e) => e.record.action)).toEqual(['accept_all', 'withdraw']);
    expect(receipt.entries[1]!.record.prevId).toBe(receipt.entries[0]!.record.id);
    expect(verifyReceipt(receipt, publicKeyPem)).toEqual({ valid: true, problems: [] });
    receipt.entries[0]!.record.decisions.marketing = true;
    const bad = verifyReceipt(receipt, publicKeyPem);
    expect(bad.valid).toBe(false);
    expect(bad.problems.join('\n')).toMatch(/does not match its leaf hash/);
  });

  it('404s an unknown consent id and 400s a malformed one', async () => {
    await expectError(handler(new Request(`http://proofs.local/v1/proofs/${randomUUID()}`)), 404, /no records/);
    await expectError(handler(new Request('http://proofs.local/v1/proofs/abc')), 400, /UUID/);
  });

  it('serves signed tree heads and the public key', async () => {
    await post(validBody());
    await handler.signTreeHeads();
    const { treeHeads } = (await (await handler(new Request('http://proofs.local/v1/tree-head'))).json()) as {
      treeHeads: any[];
    };
    const pk = (await (await handler(new Request('http://proofs.local/v1/public-key'))).json()) as {
      publicKeyPem: string;
      keyId: string;
    };
    expect(treeHeads).toHaveLength(1);
    expect(treeHeads[0].treeSize).toBe(1);
    expect(verifyTreeHead(treeHeads[0], pk.publicKeyPem)).toBe(true);
    expect((await handler(new Request('http://proofs.local/healthz'))).status).toBe(200);
  });

  it('signs a head every N records without being asked, and serves RFC 9162 consistency proofs at /v1/consistency', async () => {
    await handler.close();
    handler = make({ treeHeadEveryRecords: 3 });
    for (let i = 0; i < 7; i++) expect((await post(validBody())).status).toBe(201);
    for (let t = 0; t < 100 && (await store.treeHeads(SITE)).length < 2; t++)
      await new Promise((r) => setTimeout(r, 20));
    const heads = await store.treeHeads(SITE);
    // The first head covers at least 3 records (a record may commit while it is signed), the next 3 more.
    const [a, b] = heads;
    expect(heads).toHaveLength(2);
    expect(a!.treeSize).toBeGreaterThanOrEqual(3);
    expect(b!.treeSize).toBeGreaterThanOrEqual(a!.treeSize + 3);
    const res = await handler(new Request(`http://proofs.local/v1/consistency?from=${a!.treeSize}&to=${b!.treeSize}`));
    const { proof } = (await res.json()) as { proof: string[] };
    expect(verifyConsistency(a!.treeSize, b!.treeSize, a!.rootHash, b!.rootHash, proof)).toBe(true);
    await expectError(handler(new Request('http://proofs.local/v1/consistency?from=0&to=6')), 400, /1 ≤ from ≤ to/);
    await expectError(handler(new Request('http://proofs.local/v1/consistency?from=3&to=60')), 400, /only 7 records/);
  });

  it('serves consistency proofs between signed tree heads of a named site', async () => {
    await post(validBody());
    await handler.signTreeHeads();
    for (let i = 0; i < 4; i++) await post(validBody());
    await handler.signTreeHeads();
    const [h1, h2] = await store.treeHeads(SITE);
    const res = await handler(
      new Request(`http://proofs.local/v1/consistency?site=${encodeURIComponent(SITE)}&from=1&to=5`),
    );
    const { proof } = (await res.json()) as { proof: string[] };
    expect(verifyConsistency(1, 5, h1!.rootHash, h2!.rootHash, proof)).toBe(true);
    // The route of the first version is gone: one consistency route, the one witnesses use.
    expect(
      (
        await handler(
          new Request(`http://proofs.local/v1/tree-head/consistency?site=${encodeURIComponent(SITE)}&first=1&second=5`),
        )
      ).status,
    ).toBe(404);
  });
});

describe('admin routes', () => {
  const admin = (path: string, method = 'GET', token: string | null = TOKEN) =>
    handler(
      new Request(`http://proofs.local/v1/admin${path}`, {
        method,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    );

  it('require the token', async () => {
    await expectError(admin(`/consents/${randomUUID()}`, 'GET', null), 401, /token/);
    await expectError(admin(`/consents/${randomUUID()}`, 'GET', 'wrong'), 401, /token/);
  });

  it('export, erase (tombstones) and purge', async () => {
    const consentId = randomUUID();
    await post(validBody({ consentId }));
    await post(validBody());
    const exp = (await (await admin(`/consents/${consentId}`)).json()) as { records: unknown[] };
    expect(exp.records).toHaveLength(1);
    const er = (await (await admin(`/consents/${consentId}`, 'DELETE')).json()) as { erased: number };
    expect(er.erased).toBe(1);
    expect((await handler(new Request(`http://proofs.local/v1/proofs/${consentId}`))).status).toBe(404);
    const rows = await store.readRows(SITE, 0, 10);
    expect(rows[0]).toMatchObject({ body: null, tombstone: 'erasure' });
    const purge = (await (
      await admin(`/purge?before=${new Date(Date.now() + 60_000).toISOString()}`, 'POST')
    ).json()) as { purged: number };
    expect(purge.purged).toBe(1);
    await expectError(admin('/purge?before=garbage', 'POST'), 400, /ISO/);
  });
});
