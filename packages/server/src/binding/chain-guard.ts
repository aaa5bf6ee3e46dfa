/**
 * The HTTP side of chain binding: checks a submission's signature before it is queued, so the
 * serialised store writer only compares key texts (binding/bind-group.ts). The checks run in a
 * {@link VerifyPool}. Key texts are kept per chain (a bounded cache): a chain's later records
 * skip the store read, and the pool's workers keep the imported keys.
 */
import type { ProofSubmission } from '@cookiegate/protocol';
import type { ProofStore } from '../stores/types.js';
import { UNBOUND } from './bind-group.js';
import { chainKeyText, signedBytes } from './chain-key.js';
import { VerifyPool, type VerifyPoolOptions } from './verify-pool.js';

/** Outcome of {@link ChainGuard.check}: the key text the signature verified under, or why not. */
export type GuardResult = { ok: true; key: string } | { ok: false; status: 400 | 403 | 409; error: string };

/**
 * @example
 * const guard = new ChainGuard(store, { workers: 1 });
 * const g = await guard.check('https://shop.example', submission);
 * if (!g.ok) return { status: g.status, body: { error: g.error } };
 * const r = await committer.submit(pending, g.key);
 * if (!('refused' in r)) guard.appended('https://shop.example', submission.consentId, g.key);
 * await guard.close();
 */
export class ChainGuard {
  private readonly keys = new Map<string, string>();
  private readonly pool: VerifyPool;

  constructor(
    private readonly store: ProofStore,
    pool: VerifyPoolOptions = {},
    private readonly maxCached = 20_000,
  ) {
    this.pool = new VerifyPool(pool);
  }

  async check(site: string, s: ProofSubmission): Promise<GuardResult> {
    const id = `${site} ${s.consentId}`;
    const message = signedBytes(s);
    if (s.chainKey) {
      const key = chainKeyText(s.chainKey);
      const r = await this.pool.check({ key, message, sig: s.sig! });
      if (r === 'bad-key') return { ok: false, status: 400, error: 'chainKey is not a P-256 public key' };
      // Cached per chain only once the store accepted it: a key that merely verifies its own record proves nothing.
      if (r === 'ok') return { ok: true, key };
      const known = await this.store.chainBinding(site, s.consentId);
      return known.state === 'new'
        ? { ok: false, status: 400, error: 'sig does not verify under chainKey' }
        : { ok: false, status: 403, error: "sig does not verify under the chain's key" };
    }
    let key = this.keys.get(id);
    if (key === undefined) {
      const known = await this.store.chainBinding(site, s.consentId);
      if (known.state === 'new')
        return { ok: false, status: 400, error: 'the first record of a chain must carry chainKey' };
      if (known.state === 'unbound') return { ok: false, status: 409, error: UNBOUND };
      key = known.key;
      this.remember(id, key);
    }
    if ((await this.pool.check({ key, message, sig: s.sig! })) !== 'ok')
      return { ok: false, status: 403, error: "sig does not verify under the chain's key" };
    return { ok: true, key };
  }

  /** Whether the store holds no record of this chain yet (a record with `chainKey` may be a resend of its first). */
  async isNew(site: string, consentId: string): Promise<boolean> {
    if (this.keys.has(`${site} ${consentId}`)) return false;
    return (await this.store.chainBinding(site, consentId)).state === 'new';
  }

  /** Records that the store appended a record verified under `key` (so the chain is bound to that key). */
  appended(site: string, consentId: string, key: string): void {
    const id = `${site} ${consentId}`;
    if (this.keys.get(id) !== key) this.remember(id, key);
  }

  /** Drops cached keys of a consent id (after an erasure, its chains are gone). */
  forget(consentId: string): void {
    for (const id of this.keys.keys()) if (id.endsWith(` ${consentId}`)) this.keys.delete(id);
  }

  /** Stops the verify workers. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private remember(id: string, key: string): void {
    if (this.keys.size >= this.maxCached && !this.keys.has(id)) this.keys.delete(this.keys.keys().next().value!);
    this.keys.set(id, key);
  }
}
