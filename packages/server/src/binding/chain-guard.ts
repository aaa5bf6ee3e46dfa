/**
 * The HTTP side of chain binding: checks a submission's signature before it is queued, so the
 * serialised store writer only compares key texts (binding/bind-group.ts). Public keys are kept
 * per chain (a bounded cache): a chain's later records skip the store read and the key import.
 */
import type { KeyObject } from 'node:crypto';
import type { ProofSubmission } from '@cookiegate/protocol';
import type { ProofStore } from '../stores/types.js';
import { UNBOUND } from './bind-group.js';
import { chainKeyFromText, chainKeyText, chainPublicKey, signedBytes, verifyChainSig } from './chain-key.js';

/** Outcome of {@link ChainGuard.check}: the key text the signature verified under, or why not. */
export type GuardResult =
  { ok: true; key: string; pub: KeyObject } | { ok: false; status: 400 | 403 | 409; error: string };

/**
 * @example
 * const guard = new ChainGuard(store);
 * const g = await guard.check('https://shop.example', submission);
 * if (!g.ok) return { status: g.status, body: { error: g.error } };
 * const r = await committer.submit(pending, g.key);
 * if (!('refused' in r)) guard.appended('https://shop.example', submission.consentId, g);
 */
export class ChainGuard {
  private readonly keys = new Map<string, { text: string; key: KeyObject }>();

  constructor(
    private readonly store: ProofStore,
    private readonly maxCached = 20_000,
  ) {}

  async check(site: string, s: ProofSubmission): Promise<GuardResult> {
    const id = `${site} ${s.consentId}`;
    const message = signedBytes(s);
    if (s.chainKey) {
      const text = chainKeyText(s.chainKey);
      let key = this.keys.get(id);
      if (key?.text !== text) {
        try {
          key = { text, key: chainPublicKey(s.chainKey) };
        } catch {
          return { ok: false, status: 400, error: 'chainKey is not a P-256 public key' };
        }
      }
      // Cached only once the store accepted it: a key that merely verifies its own record proves nothing.
      if (verifyChainSig(key.key, message, s.sig!)) return { ok: true, key: text, pub: key.key };
      const known = await this.store.chainBinding(site, s.consentId);
      return known.state === 'new'
        ? { ok: false, status: 400, error: 'sig does not verify under chainKey' }
        : { ok: false, status: 403, error: "sig does not verify under the chain's key" };
    }
    let key = this.keys.get(id);
    if (!key) {
      const known = await this.store.chainBinding(site, s.consentId);
      if (known.state === 'new')
        return { ok: false, status: 400, error: 'the first record of a chain must carry chainKey' };
      if (known.state === 'unbound') return { ok: false, status: 409, error: UNBOUND };
      key = { text: known.key, key: chainPublicKey(chainKeyFromText(known.key)) };
      this.remember(id, key);
    }
    if (!verifyChainSig(key.key, message, s.sig!))
      return { ok: false, status: 403, error: "sig does not verify under the chain's key" };
    return { ok: true, key: key.text, pub: key.key };
  }

  /** Records that the store appended a record verified under `g` (so the chain is bound to that key). */
  appended(site: string, consentId: string, g: { key: string; pub: KeyObject }): void {
    const id = `${site} ${consentId}`;
    if (this.keys.get(id)?.text !== g.key) this.remember(id, { text: g.key, key: g.pub });
  }

  /** Drops cached keys of a consent id (after an erasure, its chains are gone). */
  forget(consentId: string): void {
    for (const id of this.keys.keys()) if (id.endsWith(` ${consentId}`)) this.keys.delete(id);
  }

  private remember(id: string, key: { text: string; key: KeyObject }): void {
    if (this.keys.size >= this.maxCached && !this.keys.has(id)) this.keys.delete(this.keys.keys().next().value!);
    this.keys.set(id, key);
  }
}
