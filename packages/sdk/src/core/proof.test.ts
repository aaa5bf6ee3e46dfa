import { ACTIONS, SURFACES, validateSubmission, type ProofSubmission } from '@cookiegate/protocol';
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { DecisionContext } from './api';
import { checkConfig } from './check';
import { actionOf } from './action';
import { buildProof, canonical, flush, sendProof, sha256, type Proof } from './proof';
import type { ConsentState } from './state';

const config = checkConfig({
  revision: 2,
  categories: { necessary: { required: true }, analytics: {} },
  services: { ga4: { category: 'analytics' } },
  proofEndpoint: '/v1/proofs',
}).config!;
const state: ConsentState = {
  id: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  revision: 2,
  decidedAt: 0,
  expiresAt: 1,
  decisions: { necessary: true, analytics: true, ga4: true },
};
const required = (id: string) => id == 'necessary';
const queued = (): Proof[] => JSON.parse(localStorage.getItem('cookiegate:proofs') || '[]');

beforeEach(() => localStorage.clear());

describe('proofs', () => {
  it('hashes the canonical config: key order does not matter', async () => {
    expect(canonical({ b: [1, { d: 1, c: null }], a: 'x', u: undefined })).toBe('{"a":"x","b":[1,{"c":null,"d":1}]}');
    expect(await sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('names the action of a change', () => {
    const denied = { ...state, decisions: { necessary: true, analytics: false, ga4: false } };
    expect(actionOf(null, state, 'accept_all', required)).toBe('accept_all');
    expect(actionOf(null, denied, 'reject_all', required)).toBe('reject_all');
    expect(actionOf(state, denied, 'reject_all', required)).toBe('withdraw');
    expect(actionOf(state, null, 'reject_all', required)).toBe('withdraw');
    expect(actionOf(state, denied, 'custom', required)).toBe('custom');
    expect(actionOf(denied, state, 'custom', required)).toBe('custom');
  });

  it('carries what the server needs and nothing of the query string', async () => {
    window.history.replaceState(null, '', '/cart?coupon=secret#x');
    const p = await buildProof(config, state, 'accept_all', { surface: 'banner', locale: 'sv' });
    expect(p).toMatchObject({
      consentId: state.id,
      action: 'accept_all',
      surface: 'banner',
      decisions: state.decisions,
      revision: 2,
      locale: 'sv',
      gpc: false,
      page: location.origin + '/cart',
    });
    expect(p.shownHash).toBe(await sha256(canonical(config)));
    expect(p.sdkVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(new Date(p.clientTime).toISOString()).toBe(p.clientTime);
  });

  it('records an "Accept all" that stored less than all (Global Privacy Control) as accept_all with gpcApplied', async () => {
    const less = { ...state, decisions: { ...state.decisions, ga4: false }, gpc: true };
    expect(await buildProof(config, less, 'accept_all')).toMatchObject({ action: 'accept_all', gpcApplied: true });
    expect(await buildProof(config, state, 'accept_all')).not.toHaveProperty('gpcApplied');
    expect(await buildProof(config, less, 'custom')).not.toHaveProperty('gpcApplied');
  });

  it('keeps a proof queued while the network fails or the server is busy, and sends it later', async () => {
    const p = await buildProof(config, state, 'accept_all');
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    await sendProof('/v1/proofs', null, p);
    expect(queued()).toEqual([p]);
    await flush('/v1/proofs');
    expect(queued()).toEqual([p]);
    fetch.mockResolvedValueOnce(new Response('{}', { status: 201 }));
    await flush('/v1/proofs');
    expect(queued()).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(3);
    const [url, init] = fetch.mock.calls[2]!;
    expect(url).toBe('/v1/proofs');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(init.body)).toEqual(p);
    vi.unstubAllGlobals();
  });

  it("keeps a chain's first record (the one with chainKey) when the queue overflows: later records need it", async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    const base = await buildProof(config, state, 'custom');
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const first = { ...base, clientTime: at(0), chainKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }, sig: 's' };
    await sendProof('/v1/proofs', null, first);
    const later = Array.from({ length: 24 }, (_, i) => ({ ...base, clientTime: at(i + 1), sig: `s${i}` }));
    for (const p of later) await sendProof('/v1/proofs', null, p);
    expect(queued()).toEqual([first, ...later.slice(-19)]);
    vi.unstubAllGlobals();
  });

  it('drops a proof the server refuses as malformed, with a console error', async () => {
    const p = await buildProof(config, state, 'accept_all');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"error":"bad"}', { status: 400 })));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await sendProof('/v1/proofs', null, p);
    expect(queued()).toEqual([]);
    expect(error).toHaveBeenCalledWith('[cookiegate] proof refused:', 400, '{"error":"bad"}');
    vi.unstubAllGlobals();
  });

  it('sends queued proofs in order, once each, even when flushed twice at once', async () => {
    const a = await buildProof(config, state, 'accept_all');
    const b = { ...a, action: 'withdraw' as const, clientTime: new Date(Date.now() + 1000).toISOString() };
    localStorage.setItem('cookiegate:proofs', JSON.stringify([a, b]));
    const fetch = vi.fn().mockImplementation(() => Promise.resolve(new Response('{}', { status: 201 })));
    vi.stubGlobal('fetch', fetch);
    await Promise.all([flush('/v1/proofs'), flush('/v1/proofs')]);
    expect(fetch.mock.calls.map((c) => JSON.parse(c[1].body).action)).toEqual(['accept_all', 'withdraw']);
    expect(queued()).toEqual([]);
    vi.unstubAllGlobals();
  });
});

describe('the wire the server validates', () => {
  it('every proof the SDK builds, for every action and surface, passes the validator the server runs', async () => {
    for (const action of ACTIONS) {
      for (const surface of SURFACES) {
        const proof = await buildProof(config, state, action, { surface });
        const v = validateSubmission(JSON.parse(JSON.stringify(proof)), { origin: location.origin });
        expect(v, `${action} on ${surface}`).toEqual({ ok: true, value: proof });
      }
    }
  });

  it('carries the variant shown and the time to the click from the UI, and passes the validator', async () => {
    const proof = await buildProof(config, state, 'reject_all', { surface: 'banner', variant: 'b', decisionMs: 2350 });
    expect(proof).toMatchObject({ variant: 'b', decisionMs: 2350 });
    const v = validateSubmission(JSON.parse(JSON.stringify(proof)), { origin: location.origin });
    expect(v).toEqual({ ok: true, value: proof });
  });

  it('leaves out a variant or time from site code that the server would refuse, and keeps the proof', async () => {
    for (const [variant, decisionMs] of [
      ['B', -1],
      ['', 1.5],
      ['x'.repeat(33), 86_400_001],
      [undefined, undefined],
    ] as const) {
      const proof = await buildProof(config, state, 'accept_all', { surface: 'api', variant, decisionMs });
      expect(proof, String(variant)).not.toHaveProperty('variant');
      expect(proof, String(decisionMs)).not.toHaveProperty('decisionMs');
      expect(validateSubmission(JSON.parse(JSON.stringify(proof)), { origin: location.origin }).ok).toBe(true);
    }
  });

  it('speaks the protocol’s types', () => {
    expectTypeOf<Proof>().toEqualTypeOf<ProofSubmission>();
    expectTypeOf<NonNullable<DecisionContext['surface']>>().toEqualTypeOf<ProofSubmission['surface']>();
    expectTypeOf(actionOf).returns.toEqualTypeOf<ProofSubmission['action']>();
  });
});
