import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from './check';
import { hold } from './queue';
import type { ConsentState } from './state';
import { uuid } from './uuid';

const config = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  proofEndpoint: '/v1/proofs',
}).config!;
const state: ConsentState = {
  id: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  revision: 1,
  decidedAt: 0,
  expiresAt: 1,
  decisions: { necessary: true, analytics: true },
};
const queued = (): Array<Record<string, unknown>> => JSON.parse(localStorage.getItem('cookiegate:proofs') || '[]');

/** The proof path as another tab of the site has it: its own modules (chains, what it is signing), the same storage. */
async function tab(): Promise<typeof import('./prove')> {
  vi.resetModules();
  return import('./prove');
}

/** Web Locks as the browser shares them between a site's tabs: one holder of a name at a time. */
function shareLocks(): void {
  let tail: Promise<unknown> = Promise.resolve();
  const request = (_name: string, f: () => Promise<unknown>) => {
    const r = tail.then(f);
    tail = r.catch(() => {});
    return r;
  };
  Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
}

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
});
afterEach(() => {
  delete (navigator as { locks?: unknown }).locks;
  vi.restoreAllMocks();
});

describe('proveHeld', () => {
  // Each tab that signs a new chain's first record makes a key for it: two keys for one chain
  // would leave the key in IndexedDB other than the one the server got, and the chain's later
  // records refused.
  it('two tabs that sign the held proofs at once sign each once, with one key, under the lock they share', async () => {
    shareLocks();
    const keys = vi.spyOn(crypto.subtle, 'generateKey');
    hold(1, state, 'accept_all', { surface: 'banner' }, true);
    const [a, b] = [await tab(), await tab()];
    await Promise.all([a.proveHeld(config, uuid), b.proveHeld(config, uuid)]);
    expect(keys).toHaveBeenCalledTimes(1);
    expect(queued().map((p) => [p.action, p.consentId, !!p.chainKey, 'held' in p])).toEqual([
      ['accept_all', state.id, true, false],
    ]);
  });

  it('without the lock (a browser without Web Locks) the same two tabs would each make a key and sign', async () => {
    const keys = vi.spyOn(crypto.subtle, 'generateKey');
    hold(1, state, 'accept_all', { surface: 'banner' }, true);
    const [a, b] = [await tab(), await tab()];
    await Promise.all([a.proveHeld(config, uuid), b.proveHeld(config, uuid)]);
    expect(keys).toHaveBeenCalledTimes(2);
  });
});
