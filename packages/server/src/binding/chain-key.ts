/**
 * Chain binding, the server's crypto (BINDING-SPEC.md; the wire shapes and the signed text are
 * in @cookiegate/protocol): key texts as stored, node KeyObjects, signature checks. Shared by
 * the HTTP path and by offline receipt verification.
 */
import { signedText, type ChainKeyJwk } from '@cookiegate/protocol';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export type { ChainKeyJwk };

/**
 * Compact text of a key (`x.y`), used to compare keys and as their stored form.
 * @example chainKeyText(jwk) === chainKeyText(stored)
 */
export const chainKeyText = (k: ChainKeyJwk): string => `${k.x}.${k.y}`;

/**
 * The JWK back from {@link chainKeyText}.
 * @example chainKeyFromText(chainKeyText(jwk)) // jwk, members sorted
 */
export function chainKeyFromText(text: string): ChainKeyJwk {
  const [x, y] = text.split('.');
  return { crv: 'P-256', kty: 'EC', x: x!, y: y! } as ChainKeyJwk;
}

/**
 * A node KeyObject for a chain key; throws when the point is not on P-256.
 * @example const key = chainPublicKey(jwk);
 */
export const chainPublicKey = (k: ChainKeyJwk): KeyObject =>
  createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: k.x, y: k.y }, format: 'jwk' });

/**
 * The bytes a chain signature covers (UTF-8 of protocol's `signedText`), from a body or a stored record.
 * @example verify('sha256', signedBytes(record), { key, dsaEncoding: 'ieee-p1363' }, sig)
 */
export const signedBytes = (source: object): Buffer => Buffer.from(signedText(source));

/**
 * Checks a chain signature (base64url P1363 over SHA-256 of `message`).
 * @example verifyChainSig(chainPublicKey(jwk), signedBytes(body), body.sig)
 */
export function verifyChainSig(key: KeyObject, message: Uint8Array, sig: string): boolean {
  try {
    return verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig, 'base64url'));
  } catch {
    return false;
  }
}
