/**
 * A browser's side of chain binding, for tests and the bench: an ECDSA P-256 key per consent id
 * that signs bodies as the SDK does (BINDING-SPEC.md), with node:crypto.
 */
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { signedBytes, type ChainKeyJwk } from '../src/binding/chain-key.js';

/**
 * @example
 * const chain = new TestChain();
 * await post(chain.first(validBody()));  // carries chainKey and sig
 * await post(chain.next(validBody({ action: 'withdraw' }))); // sig only
 */
export class TestChain {
  readonly privateKey: KeyObject;
  readonly chainKey: ChainKeyJwk;

  constructor(readonly consentId: string = randomUUID()) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: 'jwk' });
    this.chainKey = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
  }

  /** Signs `body` (any `sig` replaced) for this chain's consent id. */
  sign<T extends Record<string, unknown>>(body: T): T & { sig: string } {
    const b: Record<string, unknown> = { ...body, consentId: this.consentId };
    delete b.sig;
    const sig = sign('sha256', signedBytes(b), { key: this.privateKey, dsaEncoding: 'ieee-p1363' }).toString(
      'base64url',
    );
    return { ...(b as T), sig };
  }

  /** The chain's first record: with `chainKey`. */
  first<T extends Record<string, unknown>>(body: T): T & { sig: string; chainKey: ChainKeyJwk } {
    return this.sign({ ...body, chainKey: this.chainKey }) as T & { sig: string; chainKey: ChainKeyJwk };
  }

  /** A later record: without `chainKey`. */
  next<T extends Record<string, unknown>>(body: T): T & { sig: string } {
    const b: Record<string, unknown> = { ...body };
    delete b.chainKey;
    return this.sign(b as T);
  }
}

/**
 * A body that starts a new chain (a fresh key and consent id), signed.
 * @example JSON.stringify(newChainBody(validBody()))
 */
export const newChainBody = <T extends Record<string, unknown>>(body: T) =>
  new TestChain(typeof body.consentId === 'string' ? body.consentId : undefined).first(body);
