/**
 * Chain-signature checks with a bounded cache of imported keys: the one implementation, run
 * in the HTTP process (no workers) or inside each verify worker (binding/verify-pool.ts).
 * A P-256 key import from JWK costs about as much as the signature check itself (OpenSSL
 * checks the point), so a chain's later records reuse their chain's imported key.
 */
import type { KeyObject } from 'node:crypto';
import { chainKeyFromText, chainPublicKey, verifyChainSig } from './chain-key.js';

/** Outcome of one check: the signature verifies, does not, or the key is not a P-256 point. */
export type SigCheck = 'ok' | 'bad-sig' | 'bad-key';

/** One check to make: key text (`x.y`, chain-key.ts), the signed bytes, the base64url signature. */
export interface SigJob {
  key: string;
  message: Uint8Array;
  sig: string;
}

/**
 * Checks signatures in this thread, keeping up to `maxKeys` imported keys (least recently used go first).
 * @example
 * const checker = new SigChecker();
 * checker.check({ key: chainKeyText(jwk), message: signedBytes(body), sig: body.sig }); // 'ok'
 */
export class SigChecker {
  private readonly keys = new Map<string, KeyObject>();

  constructor(private readonly maxKeys = 10_000) {}

  check(job: SigJob): SigCheck {
    let key = this.keys.get(job.key);
    if (key)
      this.keys.delete(job.key); // re-inserted below: most recently used last
    else
      try {
        key = chainPublicKey(chainKeyFromText(job.key));
      } catch {
        return 'bad-key';
      }
    if (!verifyChainSig(key, job.message, job.sig)) return 'bad-sig';
    // Only keys that verified a signature are kept: junk keys cannot push good ones out.
    if (this.keys.size >= this.maxKeys) this.keys.delete(this.keys.keys().next().value!);
    this.keys.set(job.key, key);
    return 'ok';
  }
}
