/**
 * Chain binding (issue 13, BINDING-SPEC.md): every consent chain is bound to an ECDSA P-256 key
 * that only the browser which started it holds. Its first record carries the public key
 * (`chainKey`, a JWK); every record carries `sig`, an IEEE P1363 signature over the canonical
 * JSON of the submitted body without `sig`. Pure functions: shared by the server and by offline
 * receipt verification.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { jcs } from '../record.js';

/**
 * The public key of a chain, exactly as the SDK sends it.
 * @example const jwk: ChainKeyJwk = { kty: 'EC', crv: 'P-256', x: '…43 chars…', y: '…43 chars…' };
 */
export interface ChainKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const COORD = /^[A-Za-z0-9_-]{43}$/;
const SIG = /^[A-Za-z0-9_-]{86}$/;

/**
 * Why `value` is not a chain key, or undefined when it is one (exact members, 32-byte coordinates).
 * @example chainKeyProblem({ kty: 'EC' }) // 'chainKey must be {kty:"EC", crv:"P-256", x, y}'
 */
export function chainKeyProblem(value: unknown): string | undefined {
  const shape = 'chainKey must be {kty:"EC", crv:"P-256", x, y} with base64url 32-byte coordinates';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return shape;
  const k = value as Record<string, unknown>;
  const keys = Object.keys(k);
  if (keys.length !== 4 || k.kty !== 'EC' || k.crv !== 'P-256') return shape;
  if (typeof k.x !== 'string' || typeof k.y !== 'string' || !COORD.test(k.x) || !COORD.test(k.y)) return shape;
  return undefined;
}

/**
 * Whether `sig` has the form of a base64url (unpadded) 64-byte P1363 signature.
 * @example isSigText('A'.repeat(86)) // true
 */
export const isSigText = (sig: unknown): sig is string => typeof sig === 'string' && SIG.test(sig);

/**
 * The key as its members in canonical (sorted) order, so records hash the same however it arrived.
 * @example normalizeChainKey({ x, y, kty: 'EC', crv: 'P-256' }) // { crv, kty, x, y }
 */
export const normalizeChainKey = (k: ChainKeyJwk): ChainKeyJwk => ({ crv: k.crv, kty: k.kty, x: k.x, y: k.y }) as ChainKeyJwk;

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
 * Members of a `POST /v1/proofs` body that a stored record keeps verbatim (everything the browser
 * sent), so the signed bytes can be recomputed from the record alone.
 * @example SIGNED_FIELDS.includes('decisions') // true
 */
export const SIGNED_FIELDS = [
  'action', 'chainKey', 'clientTime', 'consentId', 'decisions', 'gpc', 'gpcApplied', 'locale', 'page',
  'revision', 'sdkVersion', 'shownHash', 'surface',
] as const;

/**
 * The bytes a chain signature covers: canonical JSON of the submitted body without `sig`,
 * rebuilt from a body or from a stored record (which keeps every submitted member verbatim).
 * @example verify('sha256', signedBytes(record), { key, dsaEncoding: 'ieee-p1363' }, sig)
 */
export function signedBytes(source: object): Buffer {
  const s = source as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const f of SIGNED_FIELDS) if (s[f] !== undefined) picked[f] = s[f];
  return Buffer.from(jcs(picked));
}

/**
 * Checks a chain signature (base64url P1363 over SHA-256 of `message`).
 * @example verifyChainSig(chainPublicKey(jwk), signedBytes(body), body.sig)
 */
export function verifyChainSig(key: KeyObject, message: Buffer, sig: string): boolean {
  try {
    return verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig, 'base64url'));
  } catch {
    return false;
  }
}
