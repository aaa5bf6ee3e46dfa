/**
 * Bench load with chain binding: bodies of new chains (chainKey + sig) signed before any timed
 * run, as a browser would have signed them. The server's cost per record (key import, signature
 * check, stored key) does not depend on whether two chains share a key, so a small set of keys
 * signs them all; every body has its own consent id.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { signedBytes } from '../src/binding/chain-key.js';

/**
 * @example const bodies = signedBodies(200_000, { action: 'custom', … }); // JSON texts
 */
export function signedBodies(count: number, template: Record<string, unknown>, keys = 64): string[] {
  const pairs = Array.from({ length: keys }, () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    return { privateKey, chainKey: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! } };
  });
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const { privateKey, chainKey } = pairs[i % keys]!;
    const body: Record<string, unknown> = { consentId: randomUUID(), ...template, chainKey };
    body.sig = sign('sha256', signedBytes(body), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
    out[i] = JSON.stringify(body);
  }
  return out;
}
