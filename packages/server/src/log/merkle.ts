/**
 * RFC 6962 Merkle tree hashing and proofs (same shapes as RFC 9162 §2.1).
 *
 * Trees are described by ranges of leaf indexes. Every range that RFC 6962's
 * recursive definitions need is made of "perfect" subtrees (2^level leaves,
 * starting at a multiple of 2^level); stores keep those as nodes, so proofs
 * take O(log n) lookups and never read all leaves.
 */
import { createHash, hash } from 'node:crypto';

/**
 * Hex SHA-256 of the empty string: the root of an empty tree.
 * @example (await store.head(site)).rootHash === EMPTY_ROOT // log is empty
 */
export const EMPTY_ROOT = createHash('sha256').digest('hex');

/**
 * Leaf hash: SHA-256(0x00 ‖ data).
 * @example hashLeaf(Buffer.from('{"a":1}')).toString('hex')
 */
export function hashLeaf(data: Uint8Array | string): Buffer {
  // One-shot crypto.hash: about half the cost of a createHash object per leaf. A string is UTF-8 encoded.
  return hash('sha256', typeof data === 'string' ? `\0${data}` : Buffer.concat([LEAF, data]), 'buffer');
}
const LEAF = Buffer.of(0);

/**
 * Interior node hash: SHA-256(0x01 ‖ left ‖ right).
 * @example hashChildren(hashLeaf('a'), hashLeaf('b'))
 */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(1 + left.length + right.length);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 1 + left.length);
  return hash('sha256', buf, 'buffer');
}

/** A perfect subtree: leaves [index·2^level, (index+1)·2^level). Level 0 is a leaf. */
export interface NodeRef {
  level: number;
  index: number;
}

/**
 * Key used in node maps, `"level:index"`.
 * @example nodeKey({ level: 2, index: 5 }) // "2:5"
 */
export function nodeKey(ref: NodeRef): string {
  return `${ref.level}:${ref.index}`;
}

/**
 * Largest power of two strictly smaller than n (n ≥ 2), RFC 6962's k.
 * @example splitPoint(7) // 4
 */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees that make up RFC 6962's MTH(D[start:end]), largest first.
 * `start` must be aligned as in every range RFC 6962 recursion produces.
 * @example perfectSubtrees(0, 7) // [{level:2,index:0},{level:1,index:2},{level:0,index:6}]
 */
export function perfectSubtrees(start: number, end: number): NodeRef[] {
  const out: NodeRef[] = [];
  let a = start;
  while (a < end) {
    let size = 1;
    let level = 0;
    while (size * 2 <= end - a) {
      size *= 2;
      level++;
    }
    if (a % size !== 0) throw new Error(`unaligned range [${start}, ${end})`);
    out.push({ level, index: a / size });
    a += size;
  }
  return out;
}

/**
 * Folds perfect subtree hashes (largest first) into the RFC 6962 range hash.
 * @example foldSubtrees([h0123, h45, h6]) // MTH of 7 leaves
 */
export function foldSubtrees(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return Buffer.from(EMPTY_ROOT, 'hex');
  let acc: Buffer = Buffer.from(hashes[hashes.length - 1]!);
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i]!, acc);
  return acc;
}

/**
 * Ranges [start, end) whose hashes form the audit path for leaf m in a tree of n (RFC 6962 PATH), leaf to root.
 * @example inclusionRanges(2, 5) // [[3,4],[0,2],[4,5]]
 */
export function inclusionRanges(m: number, n: number): Array<[number, number]> {
  if (!(m >= 0 && m < n)) throw new RangeError(`leaf ${m} not in tree of size ${n}`);
  const out: Array<[number, number]> = [];
  const walk = (m: number, a: number, b: number): void => {
    if (b - a <= 1) return;
    const k = splitPoint(b - a);
    if (m < k) {
      walk(m, a, a + k);
      out.push([a + k, b]);
    } else {
      walk(m - k, a + k, b);
      out.push([a, a + k]);
    }
  };
  walk(m, 0, n);
  return out;
}

/**
 * Ranges whose hashes form the consistency proof from size m to size n (RFC 6962 PROOF/SUBPROOF).
 * @example consistencyRanges(2, 5) // [[2,4],[4,5]]
 */
export function consistencyRanges(m: number, n: number): Array<[number, number]> {
  if (!(m >= 0 && m <= n)) throw new RangeError(`cannot prove ${m} → ${n}`);
  if (m === 0 || m === n) return [];
  const out: Array<[number, number]> = [];
  const sub = (m: number, a: number, b: number, complete: boolean): void => {
    if (m === b - a) {
      if (!complete) out.push([a, b]);
      return;
    }
    const k = splitPoint(b - a);
    if (m <= k) {
      sub(m, a, a + k, complete);
      out.push([a + k, b]);
    } else {
      sub(m - k, a + k, b, false);
      out.push([a, a + k]);
    }
  };
  sub(m, 0, n, true);
  return out;
}

/**
 * Reads stored perfect-subtree hashes; must return every requested node.
 * @example const read: NodeReader = store.nodeReader('https://shop.example');
 */
export type NodeReader = (refs: NodeRef[]) => Promise<Map<string, Buffer>> | Map<string, Buffer>;

/**
 * Hashes of the given ranges, with one batched read of all the nodes they need.
 * @example const [root] = await rangeHashes(reader, [[0, size]]);
 */
export async function rangeHashes(read: NodeReader, ranges: Array<[number, number]>): Promise<Buffer[]> {
  const parts = ranges.map(([a, b]) => perfectSubtrees(a, b));
  const wanted = new Map<string, NodeRef>();
  for (const refs of parts) for (const r of refs) wanted.set(nodeKey(r), r);
  const got = await read([...wanted.values()]);
  return parts.map((refs) =>
    foldSubtrees(
      refs.map((r) => {
        const h = got.get(nodeKey(r));
        if (!h) throw new Error(`missing tree node ${nodeKey(r)}`);
        return h;
      }),
    ),
  );
}

/**
 * Audit path (hex hashes, leaf to root) for leaf `m` in the tree of size `n`.
 * @example const path = await inclusionProof(store.nodeReader(site), 5, 1000);
 */
export async function inclusionProof(read: NodeReader, m: number, n: number): Promise<string[]> {
  return (await rangeHashes(read, inclusionRanges(m, n))).map((h) => h.toString('hex'));
}

/**
 * Consistency proof (hex hashes) that the tree of size `n` extends the tree of size `m`.
 * @example const proof = await consistencyProof(reader, 4, 7);
 */
export async function consistencyProof(read: NodeReader, m: number, n: number): Promise<string[]> {
  return (await rangeHashes(read, consistencyRanges(m, n))).map((h) => h.toString('hex'));
}

/**
 * Root hash of the first `n` leaves, from stored nodes.
 * @example (await rootAt(store.nodeReader(site), 1000)).toString('hex')
 */
export async function rootAt(read: NodeReader, n: number): Promise<Buffer> {
  if (n === 0) return Buffer.from(EMPTY_ROOT, 'hex');
  return (await rangeHashes(read, [[0, n]]))[0]!;
}

const half = (x: number): number => Math.floor(x / 2);
const odd = (x: number): boolean => x % 2 === 1;
const toBuf = (h: string | Uint8Array): Buffer => (typeof h === 'string' ? Buffer.from(h, 'hex') : Buffer.from(h));

/**
 * Root implied by an inclusion proof (RFC 9162 §2.1.3.2), or null if the proof has the wrong shape.
 * @example rootFromInclusionProof(0, 1, leaf, [])?.equals(leaf) // true
 */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: string | Uint8Array,
  proof: ReadonlyArray<string | Uint8Array>,
): Buffer | null {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return null;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = toBuf(leafHash);
  if (r.length !== 32) return null;
  for (const item of proof) {
    const p = toBuf(item);
    if (sn === 0 || p.length !== 32) return null;
    if (odd(fn) || fn === sn) {
      r = hashChildren(p, r);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : null;
}

/**
 * Checks an inclusion proof against a root (RFC 9162 §2.1.3.2).
 * @example verifyInclusion(2, 5, leafHash, path, root) // true or false
 */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: string | Uint8Array,
  proof: ReadonlyArray<string | Uint8Array>,
  root: string | Uint8Array,
): boolean {
  const got = rootFromInclusionProof(index, size, leafHash, proof);
  return got !== null && got.equals(toBuf(root));
}

/**
 * Checks a consistency proof between two tree heads (RFC 9162 §2.1.4.2).
 * @example verifyConsistency(4, 7, oldRoot, newRoot, proof) // true or false
 */
export function verifyConsistency(
  m: number,
  n: number,
  oldRoot: string | Uint8Array,
  newRoot: string | Uint8Array,
  proof: ReadonlyArray<string | Uint8Array>,
): boolean {
  const r1 = toBuf(oldRoot);
  const r2 = toBuf(newRoot);
  if (!(Number.isSafeInteger(m) && Number.isSafeInteger(n) && m >= 0 && m <= n)) return false;
  if (m === n) return proof.length === 0 && r1.equals(r2);
  if (m === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = proof.map(toBuf);
  if (path.some((p) => p.length !== 32)) return false;
  let isPow2 = m > 0;
  for (let x = m; x > 1; x = half(x)) if (odd(x)) isPow2 = false;
  if (isPow2) path.unshift(r1);
  let fn = m - 1;
  let sn = n - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = path[0]!;
  let sr: Buffer = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(r1) && sr.equals(r2);
}
