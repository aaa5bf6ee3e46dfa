/**
 * The log's signing keys on disk: the current Ed25519 private key (`signing-key.pem`, mode 0600)
 * and, beside it, `public-keys.json`: every key that ever signed heads, with its validity. A
 * rotation retires the current key (its private half is deleted: nobody can sign old heads any
 * more) and makes a new one; `verify` checks each head with the key its `keyId` names.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { keyIdOf } from '../log/tree-head.js';

/** One signing key as published (`GET /v1/public-keys`, `public-keys.json`). */
export interface PublicKeyInfo {
  keyId: string;
  algorithm: 'Ed25519';
  publicKeyPem: string;
  /** RFC 3339; null when unknown (a key given in the environment). */
  validFrom: string | null;
  /** RFC 3339 of its retirement; null while current. */
  validUntil: string | null;
}

/** The current key and every published key. */
export interface Keyring {
  signingKey: KeyObject;
  publicKeys: PublicKeyInfo[];
}

/**
 * The published form of a key.
 * @example publicKeyInfo(privateKey, new Date().toISOString(), null)
 */
export function publicKeyInfo(key: KeyObject, validFrom: string | null, validUntil: string | null): PublicKeyInfo {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return {
    keyId: keyIdOf(pub),
    algorithm: 'Ed25519',
    publicKeyPem: pub.export({ type: 'spki', format: 'pem' }).toString(),
    validFrom,
    validUntil,
  };
}

/** `public-keys.json` beside a key file. */
export const publicKeysFile = (keyFile: string) => join(dirname(keyFile), 'public-keys.json');

const readList = (file: string): PublicKeyInfo[] =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublicKeyInfo[]) : [];
const writeList = (file: string, list: PublicKeyInfo[]) => {
  const tmp = `${file}.${process.pid}.tmp`; // several servers may start on one key folder at once
  writeFileSync(tmp, `${JSON.stringify(list, null, 2)}\n`, { mode: 0o644 });
  renameSync(tmp, file);
};

/**
 * Reads a private key file, refusing one that others may read (as ssh does).
 * @example const key = readKeyFile('/etc/cookiegate/signing-key.pem');
 */
export function readKeyFile(file: string): KeyObject {
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077)
    throw new Error(`signing key ${file} is readable by others (mode ${mode.toString(8)}): run chmod 600 ${file}`);
  return createPrivateKey(readFileSync(file, 'utf8'));
}

/**
 * Loads the keyring of `keyFile` (creating a first key, mode 0600, when `create` is set), and
 * lists the current key in `public-keys.json` if it is not there yet.
 * @example const { signingKey, publicKeys } = loadKeyring('./keys/signing-key.pem', { create: true });
 */
export function loadKeyring(keyFile: string, options: { create?: boolean } = {}): Keyring {
  let signingKey: KeyObject;
  const existed = existsSync(keyFile);
  if (existed) signingKey = readKeyFile(keyFile);
  else if (!options.create) throw new Error(`signing key file not found: ${keyFile}`);
  else {
    signingKey = generateKeyPairSync('ed25519').privateKey;
    mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
    writeFileSync(keyFile, signingKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  const listFile = publicKeysFile(keyFile);
  const list = readList(listFile);
  const id = keyIdOf(signingKey);
  if (!list.some((k) => k.keyId === id)) {
    // A key from before public-keys.json existed may have signed heads already: validity unknown.
    list.push(publicKeyInfo(signingKey, existed ? null : new Date().toISOString(), null));
    writeList(listFile, list);
  }
  return { signingKey, publicKeys: list };
}

/**
 * Retires the current key and makes a new one (the server signs with it after a restart).
 * @example const { retired, current } = rotateKeys('./keys/signing-key.pem');
 */
export function rotateKeys(keyFile: string, now = new Date()): { retired: PublicKeyInfo; current: PublicKeyInfo } {
  const { signingKey, publicKeys } = loadKeyring(keyFile);
  const at = now.toISOString();
  const oldId = keyIdOf(signingKey);
  const list = publicKeys.map((k) => (k.keyId === oldId ? { ...k, validUntil: at } : k));
  const next = generateKeyPairSync('ed25519').privateKey;
  const current = publicKeyInfo(next, at, null);
  list.push(current);
  writeList(publicKeysFile(keyFile), list);
  writeFileSync(`${keyFile}.new`, next.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  renameSync(`${keyFile}.new`, keyFile); // the old private key is gone
  return { retired: list.find((k) => k.keyId === oldId)!, current };
}

/**
 * Refuses a signing key kept in the folder of an SQLite database: a copy or theft of the data
 * folder would carry the key that vouches for it.
 * @example assertKeyApartFromDb('./keys/signing-key.pem', 'sqlite:./data/proofs.db', false);
 */
export function assertKeyApartFromDb(keyFile: string, db: string, allow: boolean): void {
  if (allow || /^postgres(ql)?:\/\//.test(db)) return;
  const path = db.startsWith('sqlite:') ? db.slice('sqlite:'.length) : db;
  if (path === ':memory:') return;
  const keyDir = dirname(resolve(keyFile));
  if (keyDir === dirname(resolve(path)))
    throw new Error(
      `the signing key ${keyFile} is in the database's folder ${keyDir}: keep it elsewhere (--key-dir, --signing-key-file) or pass --allow-key-beside-db`,
    );
}
