/**
 * Signed tree heads (STH): Ed25519 over the canonical JSON of
 * `{schema, site, treeSize, rootHash, timestamp}`, with node:crypto.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { treeHeadText, type SignedTreeHead } from '@cookiegate/protocol';

/** A signed tree head of one site's log (the protocol's one definition). */
export type { SignedTreeHead };

/**
 * The exact bytes that are signed.
 * @example treeHeadMessage({ site, treeSize: 3, rootHash, timestamp })
 */
export function treeHeadMessage(h: Pick<SignedTreeHead, 'site' | 'treeSize' | 'rootHash' | 'timestamp'>): Buffer {
  return Buffer.from(treeHeadText(h));
}

/**
 * Key id: first 16 bytes of SHA-256 over the SPKI DER public key, hex.
 * @example keyIdOf(createPublicKey(pem))
 */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Signs tree heads with one Ed25519 private key.
 * @example
 * const signer = new TreeHeadSigner(loadSigningKey({ file: './data/signing-key.pem' }));
 * const sth = signer.sign('https://shop.example', 10, rootHex);
 */
export class TreeHeadSigner {
  readonly keyId: string;
  readonly publicKeyPem: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
    this.keyId = keyIdOf(privateKey);
    this.publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }

  sign(site: string, treeSize: number, rootHash: string, time: Date = new Date()): SignedTreeHead {
    const head = { site, treeSize, rootHash, timestamp: time.toISOString() };
    const signature = sign(null, treeHeadMessage(head), this.privateKey).toString('base64');
    return { ...head, keyId: this.keyId, signature };
  }
}

/**
 * Checks an STH signature against a PEM (SPKI) public key.
 * @example verifyTreeHead(sth, await (await fetch(url + '/v1/public-key')).json().then(k => k.publicKeyPem))
 */
export function verifyTreeHead(sth: SignedTreeHead, publicKey: string | KeyObject): boolean {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    if (sth.keyId !== keyIdOf(key)) return false;
    return verify(null, treeHeadMessage(sth), key, Buffer.from(sth.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Where to find the Ed25519 signing key. */
export interface SigningKeySource {
  /** PKCS#8 PEM text (e.g. from `COOKIEGATE_SIGNING_KEY`). */
  pem?: string | undefined;
  /** Path of a PEM file; created with a new key when `create` is set and it does not exist. */
  file?: string | undefined;
  create?: boolean;
}

/**
 * Loads the signing key, or generates and persists one (mode 0600, a new folder 0700) on first start.
 * @example const key = loadSigningKey({ file: './data/signing-key.pem', create: true });
 */
export function loadSigningKey(src: SigningKeySource): KeyObject {
  if (src.pem) return createPrivateKey(src.pem);
  if (!src.file) throw new Error('no signing key: give COOKIEGATE_SIGNING_KEY or a key file');
  if (existsSync(src.file)) return createPrivateKey(readFileSync(src.file, 'utf8'));
  if (!src.create) throw new Error(`signing key file not found: ${src.file}`);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(src.file), { recursive: true, mode: 0o700 });
  writeFileSync(src.file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}
