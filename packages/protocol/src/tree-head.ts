/**
 * The text a log's Ed25519 key signs for a tree head: the one definition the server's signer
 * (`treeHeadMessage`), `verify`, witnesses and the browser's gossip check all use.
 */
import { canonical } from './canonical.js';

/** The fields of a tree head that its signature covers. */
export interface TreeHeadFields {
  site: string;
  treeSize: number;
  /** Hex RFC 6962 root of the first `treeSize` leaves. */
  rootHash: string;
  /** RFC 3339 UTC signing time. */
  timestamp: string;
}

/**
 * The canonical JSON of `{schema: "cookiegate-sth/1", site, treeSize, rootHash, timestamp}`,
 * whose UTF-8 bytes are signed.
 * @example treeHeadText({ site: 'https://shop.example', treeSize: 3, rootHash, timestamp }) // '{"rootHash":…'
 */
export function treeHeadText(h: TreeHeadFields): string {
  return canonical({
    schema: 'cookiegate-sth/1',
    site: h.site,
    treeSize: h.treeSize,
    rootHash: h.rootHash,
    timestamp: h.timestamp,
  });
}

/**
 * A signed tree head of one site's log, as the server stores it and receipts carry it.
 * @example const h: SignedTreeHead = { site, treeSize: 3, rootHash, timestamp, keyId, signature };
 */
export interface SignedTreeHead extends TreeHeadFields {
  /** Id of the signing key: the first 32 hex digits of the SHA-256 of its SPKI bytes. */
  keyId: string;
  /** base64 Ed25519 signature over the UTF-8 bytes of {@link treeHeadText}. */
  signature: string;
}
