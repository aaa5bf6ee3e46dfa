import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { atom } from 'nanostores';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from './check';
import { AD, consentTypes } from './consent-mode';
import * as prover from './prove';
import type { ConsentState } from './state';
import { writer, type Prover } from './writer';

const categories = { necessary: { required: true }, analytics: {} };
const withProofs = checkConfig({ revision: 1, categories, proofEndpoint: '/v1/proofs' }).config!;
const without = checkConfig({ revision: 1, categories }).config!;
const queued = (): Array<Record<string, unknown>> => JSON.parse(localStorage.getItem('cookiegate:proofs') || '[]');

beforeEach(() => {
  localStorage.clear();
  document.cookie.split('; ').forEach((c) => (document.cookie = c.split('=')[0] + '=; max-age=0; path=/'));
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
});

describe('writer: the decision before its proof', () => {
  it('applies a first decision (cookie, store, listeners) before it asks for the proof path', async () => {
    const events: string[] = [];
    const load = vi.fn(() => (events.push('load'), Promise.resolve(prover)));
    const store = atom<ConsentState | null>(null);
    store.listen(() => events.push('applied:' + document.cookie.includes(store.get()!.id)));
    await writer(load, { consentTypes, AD }).decide({ config: withProofs, store }, 'accept_all');
    expect(events).toEqual(['applied:true', 'load']);
    expect(queued().map((p) => [p.action, p.consentId, !!p.chainKey])).toEqual([['accept_all', store.get()!.id, true]]);
  });

  it('never loads the proof path where the config has no proofEndpoint', async () => {
    const load = vi.fn(() => Promise.resolve(prover));
    const w = writer(load, { consentTypes, AD });
    const store = atom<ConsentState | null>(null);
    await w.decide({ config: without, store }, 'accept_all');
    await w.decide({ config: without, store }, 'withdraw');
    await w.retry({ config: without, store });
    expect(load).not.toHaveBeenCalled();
    expect(store.get()).toBeNull();
  });

  it('keeps one chain when a second decision comes before the proof path is there', async () => {
    let loaded!: (p: Prover) => void;
    const w = writer(() => new Promise((r) => (loaded = r)), { consentTypes, AD });
    const core = { config: withProofs, store: atom<ConsentState | null>(null) };
    const first = w.decide(core, 'accept_all');
    const id = core.store.get()!.id;
    const second = w.decide(core, 'custom', { analytics: false });
    await new Promise((r) => setTimeout(r, 10));
    loaded(prover);
    await Promise.all([first, second]);
    expect(core.store.get()!.id).toBe(id);
    expect(queued().map((p) => [p.action, p.consentId, !!p.chainKey])).toEqual([
      ['accept_all', id, true],
      ['custom', id, false],
    ]);
  });

  it('tries a failed load of the proof path again with the next proof', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<Prover>>()
      .mockRejectedValueOnce(new Error('could not load cookiegate-proof.js'))
      .mockResolvedValue(prover);
    const w = writer(load, { consentTypes, AD });
    const core = { config: withProofs, store: atom<ConsentState | null>(null) };
    await w.decide(core, 'accept_all');
    expect(core.store.get()?.decisions.analytics).toBe(true);
    expect(error).toHaveBeenCalledWith('[cookiegate] proof not sent:', expect.any(Error));
    await w.decide(core, 'reject_all');
    expect(load).toHaveBeenCalledTimes(2);
    // The first proof was held, not lost: signed with the second, in order, in one chain.
    const id = core.store.get()!.id;
    expect(queued().map((p) => [p.action, p.consentId, !!p.chainKey])).toEqual([
      ['accept_all', id, true],
      ['withdraw', id, false],
    ]);
  });

  it('holds a proof from the moment the decision is applied: a page left before the proof path came loses nothing', async () => {
    const decidedAt = new Date('2026-12-01T10:00:00.000Z');
    vi.useFakeTimers({ now: decidedAt, toFake: ['Date'] });
    // The page that decided: the proof path never comes (the visitor left at once).
    const left = writer(() => new Promise<Prover>(() => {}));
    const store = atom<ConsentState | null>(null);
    void left.decide({ config: withProofs, store }, 'accept_all', {}, { surface: 'banner' });
    const id = store.get()!.id;
    expect(queued()).toMatchObject([{ consentId: id, held: { action: 'accept_all', fresh: true } }]);
    // A later page, a minute on, on the next revision: it signs the held proof as it was decided.
    vi.setSystemTime(new Date(decidedAt.getTime() + 60_000));
    const raised = checkConfig({ revision: 2, categories, proofEndpoint: '/v1/proofs' }).config!;
    const later = { config: raised, store: atom<ConsentState | null>(store.get()) };
    await writer(() => Promise.resolve(prover)).retry(later);
    vi.useRealTimers();
    expect(queued()).toMatchObject([
      {
        action: 'accept_all',
        consentId: id,
        surface: 'banner',
        clientTime: decidedAt.toISOString(),
        page: location.origin + location.pathname,
      },
    ]);
    expect(queued()[0]).toHaveProperty('chainKey');
    expect(queued()[0]).toHaveProperty('sig');
    expect(queued()[0]).not.toHaveProperty('held');
  });
});
