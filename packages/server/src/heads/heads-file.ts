/**
 * Published tree heads: `cookiegate-server heads` writes every signed head as one JSON line, so
 * an owner can put them where the operator cannot rewrite them (a public repository, an
 * auditor's inbox); `verify --heads FILE` holds the log to them.
 */
import type { SignedTreeHead } from '../log/tree-head.js';

/**
 * One JSON line per head, fields in a fixed order.
 * @example process.stdout.write(headLines(await store.treeHeads(site)));
 */
export function headLines(heads: SignedTreeHead[]): string {
  return heads
    .map(
      (h) =>
        `${JSON.stringify({ site: h.site, treeSize: h.treeSize, rootHash: h.rootHash, timestamp: h.timestamp, keyId: h.keyId, signature: h.signature })}\n`,
    )
    .join('');
}

/**
 * Reads a heads file (JSON lines; blank lines skipped); throws naming the first bad line.
 * @example const heads = parseHeadLines(readFileSync('heads.jsonl', 'utf8'), 'heads.jsonl');
 */
export function parseHeadLines(text: string, name = 'heads file'): SignedTreeHead[] {
  const out: SignedTreeHead[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let h: SignedTreeHead;
    try {
      h = JSON.parse(line) as SignedTreeHead;
    } catch {
      throw new Error(`${name} line ${i + 1}: not JSON`);
    }
    const ok =
      typeof h === 'object' &&
      h !== null &&
      typeof h.site === 'string' &&
      Number.isSafeInteger(h.treeSize) &&
      h.treeSize >= 0 &&
      typeof h.rootHash === 'string' &&
      /^[0-9a-f]{64}$/.test(h.rootHash) &&
      typeof h.timestamp === 'string' &&
      typeof h.keyId === 'string' &&
      typeof h.signature === 'string';
    if (!ok)
      throw new Error(
        `${name} line ${i + 1}: not a signed tree head (site, treeSize, rootHash, timestamp, keyId, signature)`,
      );
    out.push(h);
  });
  return out;
}
