/**
 * Canonical JSON (the protocol's one implementation): the same config and texts always
 * give the same hash.
 */
export { canonical } from '@cookiegate/protocol';

/**
 * SHA-256 (hex) of a string; undefined where the browser offers no `crypto.subtle`
 * (pages not served over https).
 */
export async function sha256(s: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const d = await subtle.digest('SHA-256', new TextEncoder().encode(s));
  return Array.from(new Uint8Array(d), (b) => (b + 256).toString(16).slice(1)).join('');
}
