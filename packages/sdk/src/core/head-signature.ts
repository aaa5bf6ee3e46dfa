/**
 * The browser checks a signed tree head's Ed25519 signature before it keeps the head for
 * gossip (gossip.ts): a head kept is then a statement of the log that the visitor can show a
 * third party, not whatever a network path returned. Keys come from the log's
 * `GET /v1/public-keys`; a key id is the first 32 hex digits of the SHA-256 of the key's
 * SPKI bytes, so the browser checks that the key it was given is the one the head names.
 */
import { treeHeadText, type SignedTreeHead } from '@cookiegate/protocol';

/** A tree head as receipts carry it (the protocol's one definition). */
export type SignedHead = SignedTreeHead;

/** One entry of `GET /v1/public-keys`. */
export interface LogKey {
  keyId: string;
  publicKeyPem: string;
}

const bytes = (b64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * Why `head` is not signed by the log's key named in it (a sentence), `null` when it is, or
 * `undefined` when this browser cannot check (no Ed25519 in its WebCrypto).
 *
 * @example
 * const problem = await headSignatureProblem(head, (await (await fetch('/v1/public-keys')).json()).keys);
 */
export async function headSignatureProblem(
  head: SignedHead,
  keys: readonly LogKey[],
): Promise<string | null | undefined> {
  const key = keys.find((k) => k.keyId == head.keyId);
  if (!key) return `the log lists no key ${head.keyId} for the tree head of size ${head.treeSize}`;
  let spki: Uint8Array<ArrayBuffer>;
  let sig: Uint8Array<ArrayBuffer>;
  try {
    spki = bytes(key.publicKeyPem.replace(/-----[^-]+-----|\s/g, ''));
    sig = bytes(head.signature);
  } catch {
    return `the tree head of size ${head.treeSize} or its key is not base64`;
  }
  if (hex(await crypto.subtle.digest('SHA-256', spki)).slice(0, 32) != head.keyId)
    return `the key the log gives for ${head.keyId} is another key`;
  let pub: CryptoKey;
  try {
    pub = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
  } catch (e) {
    // A browser without Ed25519 in WebCrypto (before Chrome 137, Firefox 129, Safari 17)
    // throws NotSupportedError; a malformed key throws DataError.
    return (e as Error).name == 'NotSupportedError' ? undefined : `the log's key ${head.keyId} is not an Ed25519 key`;
  }
  return (await crypto.subtle.verify('Ed25519', pub, sig, new TextEncoder().encode(treeHeadText(head))))
    ? null
    : `the signature of the tree head of size ${head.treeSize} does not verify under ${head.keyId}`;
}
