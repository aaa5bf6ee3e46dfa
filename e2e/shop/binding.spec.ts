/**
 * Consent chains bound to the browser that started them (issue 13), in the demo shop with
 * its real proof server: every proof the browser sends is signed with the chain's key (kept
 * in this browser's IndexedDB, not extractable) and verifies with node crypto as the server
 * verifies it; a forged record for the visitor's consent id, from a page of another origin
 * or from a non-browser client, is refused and writes nothing; an expired decision is
 * recorded in the chain (fake clock); the UI file embeds its own SHA-256 (uiHash).
 */
import { SUBMISSION_FIELDS } from '@cookiegate/protocol';
// RFC 8785 canonical JSON from another implementation than the protocol's.
import canonicalize from 'canonicalize';
import type { BrowserContext, Page } from '@playwright/test';
import { createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey } from 'node:crypto';
import { checkUiHash } from '../../packages/sdk/build/ui-hash.mjs';
import { consentOf, decide, expect, test } from './fixtures';
import { entries } from './receipts';

type Sent = Record<string, unknown> & { consentId: string; action: string; sig?: string; chainKey?: JsonWebKey };

/** Every proof body the browser posts, in order. */
function sentProofs(context: BrowserContext): Sent[] {
  const sent: Sent[] = [];
  context.on('request', (r) => {
    // A proof sent again (its first answer lost or late) is the same signed body: counted once.
    const body = r.method() == 'POST' && new URL(r.url()).pathname == '/v1/proofs' && r.postDataJSON();
    if (body && !sent.some((p) => p.sig == body.sig)) sent.push(body);
  });
  return sent;
}

/** Verifies a record as the server does: P-256 / SHA-256, IEEE P1363, over the canonical JSON without `sig`. */
function signedBy(record: Sent, jwk: JsonWebKey): boolean {
  const { sig, ...unsigned } = record;
  if (typeof sig != 'string') return false;
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  return verify(
    'sha256',
    Buffer.from(canonicalize(unsigned)!),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig, 'base64url'),
  );
}

/** The chain key kept for a consent id in this origin's IndexedDB (`cookiegate` / `keys`). */
const storedKey = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      new Promise<{ extractable: boolean; algorithm: string } | null>((resolve, reject) => {
        const open = indexedDB.open('cookiegate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get(id);
          get.onsuccess = () => {
            const k = get.result as CryptoKeyPair | undefined;
            resolve(
              k
                ? {
                    extractable: k.privateKey.extractable,
                    algorithm: (k.privateKey.algorithm as EcKeyAlgorithm).namedCurve,
                  }
                : null,
            );
          };
        };
      }),
    id,
  );

test('accept, withdraw from the floating button and a custom save: one chain, every record signed with the key this browser holds', async ({
  page,
  context,
  request,
  shopServer,
}) => {
  const sent = sentProofs(context);
  await page.goto('/');
  await decide(page, 'accept');
  const { id } = await consentOf(page);
  // Each proof acknowledged before the next page: a page left earlier sends its queue again (at least once).
  const stored = (n: number) =>
    expect.poll(async () => (await entries(request, shopServer, id)).length, { message: 'records stored' }).toBe(n);
  await stored(1);
  await page.goto('/produkter/norrsken-9');
  const reloaded = page.waitForEvent('load');
  await decide(page, 'reject', 'floating');
  await reloaded;
  await stored(2);
  await page.goto('/varukorg');
  await decide(page, { 'google-analytics': true }, 'floating');
  await stored(3);

  expect(sent.map((p) => [p.action, p.consentId])).toEqual([
    ['accept_all', id],
    ['withdraw', id],
    ['custom', id],
  ]);
  // The first record starts the chain with the public key; the others do not repeat it.
  const key = sent[0]!.chainKey!;
  expect(Object.keys(key).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  expect(sent.slice(1).map((p) => 'chainKey' in p)).toEqual([false, false]);
  for (const p of sent) expect(signedBy(p, key), p.action).toBe(true);
  // Another key does not verify them: the check above can fail.
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
  expect(signedBy(sent[0]!, other)).toBe(false);
  // What the server stored is what was signed.
  const records = await entries(request, shopServer, id);
  expect(records.map((e) => [e.record.action, e.record.clientTime, e.record.shownHash])).toEqual(
    sent.map((p) => [p.action, p.clientTime, p.shownHash]),
  );
  expect(await storedKey(page, id)).toEqual({ extractable: false, algorithm: 'P-256' });
});

test("a forged withdraw for the visitor's consent id is refused and writes nothing: from a page of another origin, and from a client without a browser", async ({
  page,
  browser,
  request,
  shopServer,
}) => {
  await page.goto('/');
  await decide(page, 'accept');
  const { id } = await consentOf(page);
  await expect.poll(async () => (await entries(request, shopServer, id)).length).toBe(1);
  const forged = {
    ...(await entries(request, shopServer, id))[0]!.record,
    action: 'withdraw',
    clientTime: new Date().toISOString(),
  };
  const body = Object.fromEntries(SUBMISSION_FIELDS.map((k) => [k, (forged as Record<string, unknown>)[k]]));
  for (const d of Object.keys(body.decisions as object))
    (body.decisions as Record<string, boolean>)[d] = d == 'necessary';

  // A page of another origin (127.0.0.1 instead of localhost: another browser origin, that
  // the proof server nevertheless accepts proofs from) signs with a key of its own.
  const attacker = await (await browser.newContext()).newPage();
  await attacker.route('**/evil', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>evil</title>' }),
  );
  const other = shopServer.url.replace('localhost', '127.0.0.1');
  await attacker.goto(other + '/evil');
  const statuses = await attacker.evaluate(
    async ({ body, endpoint }) => {
      const post = (b: object) =>
        fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(b),
        }).then((r) => r.status);
      const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
      const canonical = (v: unknown): string =>
        Array.isArray(v)
          ? '[' + v.map(canonical).join(',') + ']'
          : v && typeof v == 'object'
            ? '{' +
              Object.keys(v)
                .sort()
                .map((k) => JSON.stringify(k) + ':' + canonical((v as Record<string, unknown>)[k]))
                .join(',') +
              '}'
            : JSON.stringify(v);
      const withKey = { ...body, chainKey: { kty, crv, x, y } };
      const sig = new Uint8Array(
        await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          keys.privateKey,
          new TextEncoder().encode(canonical(withKey)),
        ),
      );
      const b64 = btoa(String.fromCharCode(...sig))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      return [await post(body), await post({ ...withKey, sig: b64 }), await post({ ...body, sig: b64 })];
    },
    // The page field names the attacker's origin, as the server requires of a proof from there.
    { body: { ...body, page: other + '/' }, endpoint: other + '/v1/proofs' },
  );
  // Unsigned, or signed without a key the server knows: refused. With a key of its own the
  // record starts a chain in the log of the page's own origin (a site of its own), never in
  // the visitor's: the visitor's receipt below stays as it was.
  expect(statuses.map((s) => (s >= 400 && s < 500) || s)).toEqual([true, 201, true]);
  await attacker.context().close();

  // curl-like: node's fetch, with no Origin header and with the shop's origin forged.
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = jwk.publicKey.export({ format: 'jwk' });
  const withKey = { ...body, chainKey: { kty, crv, x, y } };
  const sig = sign('sha256', Buffer.from(canonicalize(withKey)!), {
    key: jwk.privateKey,
    dsaEncoding: 'ieee-p1363',
  }).toString('base64url');
  for (const [headers, b] of [
    [{}, body],
    [{ origin: shopServer.url }, body],
    [{ origin: shopServer.url }, { ...withKey, sig }],
  ] as const) {
    const res = await fetch(shopServer.url + '/v1/proofs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(b),
    });
    expect(
      res.status,
      `${JSON.stringify(headers)} ${'sig' in b ? 'signed with another key' : 'unsigned'}: ${await res.clone().text()}`,
    ).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  }

  // Nothing was written into the visitor's chain; the visitor can still write into it.
  expect((await entries(request, shopServer, id)).map((e) => e.record.action)).toEqual(['accept_all']);
  await page.reload();
  const reloaded = page.waitForEvent('load');
  await decide(page, 'reject', 'floating');
  await reloaded;
  await expect
    .poll(async () => (await entries(request, shopServer, id)).map((e) => e.record.action))
    .toEqual(['accept_all', 'withdraw']);
});

test('an expired decision is recorded in its chain when the visitor comes back (fake clock)', async ({
  page,
  context,
  request,
  shopServer,
}) => {
  const sent = sentProofs(context);
  await page.clock.install();
  await page.goto('/');
  await decide(page, 'accept');
  const { id, expiresAt, decisions } = await consentOf(page);
  await expect.poll(async () => (await entries(request, shopServer, id)).length).toBe(1);
  // A day after the decision expired (365 days by default): no decision, the banner again.
  await page.clock.setSystemTime(expiresAt + 864e5);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Avvisa alla', exact: true }).first()).toBeVisible();
  expect(await consentOf(page)).toBeNull();
  await expect
    .poll(async () => (await entries(request, shopServer, id)).map((e) => e.record.action))
    .toEqual(['accept_all', 'expire']);
  const expire = sent.find((p) => p.action == 'expire')!;
  expect(expire).toMatchObject({ consentId: id, decisions });
  expect(signedBy(expire, sent[0]!.chainKey!)).toBe(true);
  // Recorded once: the next page does not record it again.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Avvisa alla', exact: true }).first()).toBeVisible();
  expect(sent.filter((p) => p.action == 'expire')).toHaveLength(1);
});

test('each served UI file (banner, details, presets texts) embeds its own SHA-256 (uiHash), which an auditor recomputes from the file', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const head = await page.locator('script[src*="cookiegate.js"]').getAttribute('src');
  for (const name of ['cookiegate-ui-sv.js', 'cookiegate-ui-sv-details.js', 'cookiegate-ui-sv-presets.js']) {
    const file = await (await request.get(new URL(name, new URL(head!, 'http://x/')).pathname)).text();
    const { embedded, computed } = checkUiHash(file);
    expect(embedded, name).toMatch(/^[0-9a-f]{64}$/);
    expect(computed, name).toBe(embedded);
    // One changed byte anywhere gives another hash.
    expect(checkUiHash(file.replace('sv', 'xx')).computed, name).not.toBe(embedded);
  }
});

test("a choice saved in the preferences names, in shownHash, the files that showed them: the details' and the presets' texts' uiHash", async ({
  browser,
  shopServer,
}) => {
  /** The shownHash of a banner accept and of a save from the preferences, with `swap` changing the served files. */
  const hashes = async (swap?: RegExp) => {
    const context = await browser.newContext({ baseURL: shopServer.url });
    try {
      if (swap)
        await context.route(swap, async (route) => {
          const res = await route.fetch();
          const body = (await res.text()).replace(/uiHash=[0-9a-f]{64}/, 'uiHash=' + 'f'.repeat(64));
          await route.fulfill({ response: res, body });
        });
      const sent = sentProofs(context);
      const page = await context.newPage();
      await page.goto('/');
      await decide(page, 'accept');
      await decide(page, { 'google-analytics': true }, 'floating');
      await expect.poll(() => sent.length).toBe(2);
      return sent.map((p) => p.shownHash);
    } finally {
      await context.close();
    }
  };
  const [banner, preferences] = await hashes();
  expect(banner).not.toBe(preferences);
  for (const file of [/cookiegate-ui-sv-details\.js$/, /cookiegate-ui-sv-presets\.js$/]) {
    const [b, p] = await hashes(file);
    // The banner was shown by the same file; the preferences by another details or presets file.
    expect(b, String(file)).toBe(banner);
    expect(p, String(file)).not.toBe(preferences);
  }
});

test('under GPC an "Accept all" that stores advertising as refused is recorded as accept_all with gpcApplied', async ({
  page,
  context,
  request,
  shopServer,
}) => {
  const sent = sentProofs(context);
  // Chromium has no GPC setting: present the signal as Firefox and Brave do.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  );
  await page.goto('/');
  await expect(page.getByText('reklam förblir avstängd även om du väljer ”Acceptera alla”')).toBeVisible();
  await decide(page, 'accept');
  const { id, decisions } = await consentOf(page);
  await expect.poll(async () => (await entries(request, shopServer, id)).length).toBe(1);
  expect(Object.values(decisions)).toContain(false);
  expect(sent[0]).toMatchObject({ action: 'accept_all', gpc: true, gpcApplied: true, decisions });
});
