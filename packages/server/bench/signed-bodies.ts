/**
 * Bench load with chain binding: bodies of new chains (chainKey + sig) signed before any timed
 * run, as browsers would have signed them. Every body has its own consent id and its own key,
 * as every browser has: the server caches imported keys, so shared keys would hide the import.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { signedBytes } from '../src/binding/chain-key.js';

/**
 * @example const bodies = signedBodies(200_000, { action: 'custom', … }); // JSON texts
 */
export function signedBodies(count: number, template: Record<string, unknown>): string[] {
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const chainKey = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
    const body: Record<string, unknown> = { consentId: randomUUID(), ...template, chainKey };
    body.sig = sign('sha256', signedBytes(body), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
    out[i] = JSON.stringify(body);
  }
  return out;
}
