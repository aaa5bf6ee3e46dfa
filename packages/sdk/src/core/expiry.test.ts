import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { atom } from 'nanostores';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from './check';
import { retry, decide, reprompt } from './decide';
import { firstReprompt, remember, takeExpired } from './expiry';

const config = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  proofEndpoint: '/v1/proofs',
  consentDays: 30,
}).config!;
const queued = (): Array<Record<string, unknown>> => JSON.parse(localStorage.getItem('cookiegate:proofs') || '[]');

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
});

describe('expiry', () => {
  it('records an expired decision once, in its chain, with the decisions that were stored', async () => {
    const store = atom(null);
    await decide({ config, store }, 'accept_all');
    const stored = store.get()!;
    // A later page: the browser deleted the expired cookie.
    const later = { config, store: atom(null) };
    vi.useFakeTimers({ now: stored.expiresAt - 1000, toFake: ['Date'] });
    await retry(later);
    expect(queued().map((p) => p.action)).toEqual(['accept_all']);
    vi.setSystemTime(stored.expiresAt + 1000);
    await retry(later);
    await retry(later);
    vi.useRealTimers();
    const q = queued();
    expect(q.map((p) => p.action)).toEqual(['accept_all', 'expire']);
    expect(q[1]).toMatchObject({ consentId: stored.id, decisions: stored.decisions });
    expect(q[1]).not.toHaveProperty('chainKey');
    expect(q[1]!.sig).toEqual(expect.any(String));
  });

  it('forgets a withdrawn decision: no expiry to record', async () => {
    remember({ id: 'x', revision: 1, decidedAt: 0, expiresAt: 1, decisions: {} });
    expect(takeExpired(2)?.id).toBe('x');
    expect(takeExpired(2)).toBeNull();
    remember({ id: 'y', revision: 1, decidedAt: 0, expiresAt: 1, decisions: {} });
    remember(null);
    expect(takeExpired(2)).toBeNull();
  });

  it('records nothing while the page has a decision', async () => {
    const store = atom(null);
    await decide({ config, store }, 'reject_all');
    vi.useFakeTimers({ now: store.get()!.expiresAt + 1, toFake: ['Date'] });
    await retry({ config, store });
    vi.useRealTimers();
    expect(queued().map((p) => p.action)).toEqual(['reject_all']);
  });

  it('records an unanswered re-prompt once per revision, however many pages show it', async () => {
    await decide({ config, store: atom(null) }, 'reject_all');
    const id = JSON.parse(localStorage.getItem('cookiegate:decided')!).id as string;
    // Revision 2 adds marketing: every later page asks about it until the visitor answers.
    const raised = (revision: number) =>
      checkConfig({ ...config, revision, categories: { ...config.categories, marketing: {} } }).config!;
    const page = async (revision: number) => {
      const store = atom(null);
      await reprompt({ config: raised(revision), store, previousId: id });
      expect(store.get()).toMatchObject({ id, revision, asked: ['marketing'] });
    };
    const reprompts = () => queued().filter((p) => p.action == 'reprompt');
    await page(2);
    await vi.waitFor(() => expect(reprompts()).toHaveLength(1));
    await page(2);
    await page(2);
    // A later revision is another re-prompt: recorded once too.
    await page(3);
    await vi.waitFor(() => expect(reprompts()).toHaveLength(2));
    await page(3);
    await new Promise((r) => setTimeout(r, 50));
    expect(reprompts().map((p) => [p.consentId, p.revision, p.asked])).toEqual([
      [id, 2, ['marketing']],
      [id, 3, ['marketing']],
    ]);
    // The remembered decision is still the one stored, for its expiry record.
    expect(JSON.parse(localStorage.getItem('cookiegate:decided')!)).toMatchObject({ id, revision: 1, reprompted: 3 });
  });

  it('notes a re-prompt without a remembered decision as the id alone, never as an expiry to record', () => {
    const state = { id: 'a1', revision: 2, expiresAt: 1, decisions: {}, asked: ['marketing'] } as never;
    expect(firstReprompt(state)).toBe(true);
    expect(firstReprompt(state)).toBe(false);
    expect(JSON.parse(localStorage.getItem('cookiegate:decided')!)).toEqual({ id: 'a1', reprompted: 2 });
    expect(takeExpired(Date.now())).toBeNull();
  });
});
