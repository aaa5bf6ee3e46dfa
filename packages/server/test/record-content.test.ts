/**
 * What a record may contain, over real HTTP: every refusal is a 400 with its reason and
 * writes nothing; `page` is stored as the URL parser writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainPublicKey, signedBytes, verifyChainSig } from '../src/binding/chain-key.js';
import type { RunningServer } from '../src/node/serve.js';
import { postInit, SITE, submission } from './submission.js';
import { testServers } from './test-server.js';

const start = testServers({ rateLimit: false }, afterAll);
let srv: RunningServer;
beforeAll(async () => {
  srv = await start();
});

const post = (overrides: Record<string, unknown>) => fetch(`${srv.url}/v1/proofs`, postInit(submission(overrides)));

describe('record content', () => {
  it.each([
    ['credentials in page', { page: 'https://user:secret@shop.example/' }, /page must not contain credentials/],
    ['a user name in page', { page: 'https://user@shop.example/' }, /page must not contain credentials/],
    ['a tab in page', { page: `${SITE}/a\tb` }, /page must not contain control characters/],
    ['a newline in page', { page: `${SITE}/a\nb` }, /page must not contain control characters/],
    ['a carriage return in page', { page: `${SITE}/\r` }, /page must not contain control characters/],
    ['a NUL in page', { page: `${SITE}/\u0000` }, /page must not contain control characters/],
    ['February 31st', { clientTime: '2026-02-31T10:00:00Z' }, /clientTime must be an ISO 8601 date-time that exists/],
    ['February 29th of a common year', { clientTime: '2026-02-29T10:00:00.000Z' }, /clientTime/],
    ['hour 24', { clientTime: '2026-03-01T24:00:00Z' }, /clientTime/],
    ['second 60', { clientTime: '2026-03-01T10:00:60Z' }, /clientTime/],
    ['month 13', { clientTime: '2026-13-01T10:00:00Z' }, /clientTime/],
    ['offset +25:00', { clientTime: '2026-03-01T10:00:00+25:00' }, /clientTime/],
    [
      'the nil UUID',
      { consentId: '00000000-0000-0000-0000-000000000000' },
      /consentId must be a lowercase UUID, version 4 or 7/,
    ],
    ['a version 1 UUID', { consentId: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' }, /consentId/],
    ['a UUID of another variant', { consentId: '0b7e4a8c-3f1d-4c2a-1e5b-6d7f8a9b0c1d' }, /consentId/],
    ['empty decisions', { decisions: {} }, /decisions must name at least one id/],
    ['an upper-case variant', { variant: 'B' }, /variant must be 1 to 32 lowercase letters/],
    ['a fractional decisionMs', { decisionMs: 1.5 }, /decisionMs must be a whole number of milliseconds/],
    ['a decisionMs over a day', { decisionMs: 86_400_001 }, /decisionMs must be a whole number/],
  ])('refuses %s with a reason and writes nothing', async (_name, overrides, reason) => {
    const res = await post(overrides);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
    expect((await srv.store.head(SITE)).size).toBe(0);
  });

  it('accepts what the SDK sends: UUID v4 and v7, a leap day, an offset', async () => {
    for (const o of [
      { consentId: crypto.randomUUID(), clientTime: '2028-02-29T23:59:59.999+01:00' },
      { consentId: '01939a8e-6b2c-7d4e-8f01-23456789abcd', clientTime: '2026-12-07T01:00:00Z' },
    ])
      expect((await post(o)).status).toBe(201);
  });

  it('refuses a page not written as the URL parser writes it (the signature covers it as sent) and writes nothing', async () => {
    const before = (await srv.store.head(SITE)).size;
    const raw = `${SITE}/<script>alert(1)</script>/a b/../c"d`;
    const parsed = `${SITE}/%3Cscript%3Ealert(1)%3C/script%3E/c%22d`;
    const refused = await fetch(`${srv.url}/v1/proofs`, postInit(submission({ page: raw })));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toBe(
      `page must be written as the URL parser writes it: ${parsed}`,
    );
    expect((await srv.store.head(SITE)).size).toBe(before);
    // What a browser's location gives is stored as sent, markup percent-encoded.
    expect((await fetch(`${srv.url}/v1/proofs`, postInit(submission({ page: parsed })))).status).toBe(201);
    const [row] = await srv.store.readRows(SITE, before, 1);
    expect(JSON.parse(row!.body!).page).toBe(parsed);
  });

  it('stores variant and decisionMs as signed: the stored record keeps them and its signature verifies from it alone', async () => {
    const before = (await srv.store.head(SITE)).size;
    const body = submission({ variant: 'short-title', decisionMs: 3187 });
    expect((await fetch(`${srv.url}/v1/proofs`, postInit(body))).status).toBe(201);
    const [row] = await srv.store.readRows(SITE, before, 1);
    const record = JSON.parse(row!.body!) as Record<string, unknown>;
    expect(record).toMatchObject({ variant: 'short-title', decisionMs: 3187 });
    const key = chainPublicKey(body.chainKey as Parameters<typeof chainPublicKey>[0]);
    expect(verifyChainSig(key, signedBytes(record), record.sig as string)).toBe(true);
  });
});
