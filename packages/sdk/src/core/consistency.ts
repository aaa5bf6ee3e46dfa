/**
 * RFC 9162 §2.1.4.2: checks a Merkle consistency proof, i.e. that the tree of `m` leaves
 * with root `oldRoot` is a prefix of the tree of `n` leaves with root `newRoot`. Part of
 * the receipt code (write path), never of the head script. Hashes are lowercase hex.
 */
const hexBytes = (h: string) => Uint8Array.from(h.match(/../g)!, (x) => parseInt(x, 16));
const hexOf = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => (x + 256).toString(16).slice(1)).join('');

/** SHA-256(0x01 ‖ left ‖ right), the RFC 6962 interior node. */
async function node(left: string, right: string): Promise<string> {
  const b = new Uint8Array(65);
  b[0] = 1;
  b.set(hexBytes(left), 1);
  b.set(hexBytes(right), 33);
  return hexOf(await crypto.subtle.digest('SHA-256', b));
}

const HASH = /^[0-9a-f]{64}$/;
const odd = (x: number) => x % 2 == 1;
const half = (x: number) => Math.floor(x / 2);

/**
 * Whether `proof` shows that tree head (`m`, `oldRoot`) is consistent with (`n`, `newRoot`).
 *
 * @example
 * await verifyConsistency(4, 7, seen.rootHash, head.rootHash, body.proof); // true or false
 */
export async function verifyConsistency(
  m: number,
  n: number,
  oldRoot: string,
  newRoot: string,
  proof: readonly string[],
): Promise<boolean> {
  if (!(Number.isSafeInteger(m) && Number.isSafeInteger(n) && m >= 0 && m <= n) || !Array.isArray(proof)) return false;
  if (![oldRoot, newRoot, ...proof].every((h) => typeof h == 'string' && HASH.test(h))) return false;
  if (m == n) return proof.length == 0 && oldRoot == newRoot;
  // The empty tree is a prefix of every tree.
  if (m == 0) return proof.length == 0;
  if (!proof.length) return false;
  // When m is a power of two, the old root itself is the proof's first node.
  const path = Number.isInteger(Math.log2(m)) ? [oldRoot, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn == 0) return false;
    if (odd(fn) || fn == sn) {
      fr = await node(c, fr);
      sr = await node(c, sr);
      while (!odd(fn) && fn != 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else sr = await node(sr, c);
    fn = half(fn);
    sn = half(sn);
  }
  return sn == 0 && fr == oldRoot && sr == newRoot;
}
