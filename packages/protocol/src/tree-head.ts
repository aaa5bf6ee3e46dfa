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
