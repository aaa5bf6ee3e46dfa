/**
 * Witness cosignatures (as in sigsum and Go's checksum database): a witness, another party with
 * its own Ed25519 key, signs a log's tree head once it has checked that the head extends every
 * head it saw before (RFC 9162 consistency). A head with cosignatures cannot be swapped for
 * another history without the witnesses noticing.
 */
import { canonical } from '@cookiegate/protocol';
import { sign, verify, type KeyObject } from 'node:crypto';
import { keyIdOf, type SignedTreeHead } from '../log/tree-head.js';

/** One witness's signature on one tree head. */
export interface Cosignature {
  site: string;
  treeSize: number;
  rootHash: string;
  /** The head's own signing time and key id: the cosignature is of that exact head. */
  timestamp: string;
  keyId: string;
  /** Key id of the witness (first 16 bytes of SHA-256 of its SPKI, hex). */
  witnessKeyId: string;
  /** base64 Ed25519 over {@link cosignedMessage}. */
  cosignature: string;
}

/**
 * The bytes a witness signs.
 * @example cosignedMessage(sth)
 */
export const cosignedMessage = (
  h: Pick<SignedTreeHead, 'site' | 'treeSize' | 'rootHash' | 'timestamp' | 'keyId'>,
): Buffer =>
  Buffer.from(
    canonical({
      schema: 'cookiegate-cosignature/1',
      site: h.site,
      treeSize: h.treeSize,
      rootHash: h.rootHash,
      timestamp: h.timestamp,
      keyId: h.keyId,
    }),
  );

/**
 * Cosigns a head with a witness's private key.
 * @example const c = cosign(sth, witnessKey);
 */
export function cosign(h: SignedTreeHead, witnessKey: KeyObject): Cosignature {
  return {
    site: h.site,
    treeSize: h.treeSize,
    rootHash: h.rootHash,
    timestamp: h.timestamp,
    keyId: h.keyId,
    witnessKeyId: keyIdOf(witnessKey),
    cosignature: sign(null, cosignedMessage(h), witnessKey).toString('base64'),
  };
}

/**
 * Checks a cosignature under a witness's public key.
 * @example verifyCosignature(c, witnessPublicKey) // true
 */
export function verifyCosignature(c: Cosignature, witnessKey: KeyObject): boolean {
  try {
    return (
      c.witnessKeyId === keyIdOf(witnessKey) &&
      verify(null, cosignedMessage(c), witnessKey, Buffer.from(c.cosignature, 'base64'))
    );
  } catch {
    return false;
  }
}
