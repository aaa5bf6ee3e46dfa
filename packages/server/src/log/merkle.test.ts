import { describe, expect, it } from 'vitest';
import { Frontier } from './frontier.js';
import {
  EMPTY_ROOT,
  consistencyProof,
  hashChildren,
  hashLeaf,
  inclusionProof,
  rootAt,
  verifyConsistency,
  verifyInclusion,
  type NodeRef,
} from './merkle.js';

// Known-answer vectors from the RFC 6962 test suite used by Certificate
// Transparency / Trillian (transparency-dev/merkle proof/verify_test.go).
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
  (h) => Buffer.from(h, 'hex'),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// [leaf index (0-based), tree size, path]
const INCLUSION: Array<[number, number, string[]]> = [
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
const CONSISTENCY: Array<[number, number, string[]]> = [
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
  [
    6,
    7,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
];

/** Straight from RFC 6962 §2.1, written independently of merkle.ts. */
function naiveMth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return Buffer.from(EMPTY_ROOT, 'hex');
  if (leaves.length === 1) return hashLeaf(leaves[0]!);
  let k = 1;
  while (k << 1 < leaves.length) k <<= 1;
  return hashChildren(naiveMth(leaves.slice(0, k)), naiveMth(leaves.slice(k)));
}
function naivePath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  let k = 1;
  while (k << 1 < leaves.length) k <<= 1;
  return m < k
    ? [...naivePath(m, leaves.slice(0, k)), naiveMth(leaves.slice(k))]
    : [...naivePath(m - k, leaves.slice(k)), naiveMth(leaves.slice(0, k))];
}

/** Builds a node reader the way stores do: leaves + every node a Frontier emits. */
function build(leaves: Buffer[]) {
  const nodes = new Map<string, Buffer>();
  const f = new Frontier();
  leaves.forEach((l, i) => {
    const h = hashLeaf(l);
    nodes.set(`0:${i}`, h);
    for (const n of f.append(h)) nodes.set(`${n.level}:${n.index}`, n.hash);
  });
  const read = (refs: NodeRef[]) =>
    new Map(refs.map((r) => [`${r.level}:${r.index}`, nodes.get(`${r.level}:${r.index}`)!]));
  return { f, read };
}

describe('merkle (RFC 6962)', () => {
  it('empty root is SHA-256("")', () => {
    expect(EMPTY_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('matches the known roots for sizes 1..8', async () => {
    for (let n = 1; n <= 8; n++) {
      const { f, read } = build(LEAVES.slice(0, n));
      expect(f.root().toString('hex')).toBe(ROOTS[n - 1]);
      expect((await rootAt(read, n)).toString('hex')).toBe(ROOTS[n - 1]);
      expect(naiveMth(LEAVES.slice(0, n)).toString('hex')).toBe(ROOTS[n - 1]);
    }
  });

  it('produces and verifies the known inclusion proofs', async () => {
    const { read } = build(LEAVES);
    for (const [m, n, path] of INCLUSION) {
      expect(await inclusionProof(read, m, n)).toEqual(path);
      expect(verifyInclusion(m, n, hashLeaf(LEAVES[m]!), path, ROOTS[n - 1]!)).toBe(true);
      expect(verifyInclusion(m + 1, n, hashLeaf(LEAVES[m]!), path, ROOTS[n - 1]!)).toBe(false);
      expect(verifyInclusion(m, n * 2, hashLeaf(LEAVES[m]!), path, ROOTS[n - 1]!)).toBe(false);
      expect(verifyInclusion(m, n, hashLeaf(LEAVES[m]!), path.slice(1), ROOTS[n - 1]!)).toBe(false);
    }
  });

  it('produces and verifies the known consistency proofs', async () => {
    const { read } = build(LEAVES);
    for (const [m, n, path] of CONSISTENCY) {
      expect(await consistencyProof(read, m, n)).toEqual(path);
      expect(verifyConsistency(m, n, ROOTS[m - 1]!, ROOTS[n - 1]!, path)).toBe(true);
      expect(verifyConsistency(m, n, ROOTS[n - 1]!, ROOTS[m - 1]!, path)).toBe(false);
      expect(verifyConsistency(m, n, ROOTS[m - 1]!, ROOTS[n - 1]!, [])).toBe(false);
    }
    expect(verifyConsistency(3, 3, ROOTS[2]!, ROOTS[2]!, [])).toBe(true);
    expect(verifyConsistency(0, 3, EMPTY_ROOT, ROOTS[2]!, [])).toBe(true);
  });

  it('agrees with a naive implementation for every leaf and size up to 70', async () => {
    const leaves = Array.from({ length: 70 }, (_, i) => Buffer.from(`leaf-${i}`));
    const { read } = build(leaves);
    const roots: Buffer[] = [];
    for (let n = 1; n <= 70; n++) {
      const root = naiveMth(leaves.slice(0, n));
      roots[n] = root;
      expect((await rootAt(read, n)).equals(root)).toBe(true);
      for (let m = 0; m < n; m++) {
        const path = await inclusionProof(read, m, n);
        expect(path).toEqual(naivePath(m, leaves.slice(0, n)).map((b) => b.toString('hex')));
        expect(verifyInclusion(m, n, hashLeaf(leaves[m]!), path, root)).toBe(true);
      }
    }
    for (let n = 1; n <= 70; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = await consistencyProof(read, m, n);
        expect(verifyConsistency(m, n, roots[m]!, roots[n]!, proof)).toBe(true);
        if (m < n) expect(verifyConsistency(m, n, roots[m]!, roots[n - 1]!, proof)).toBe(false);
      }
    }
  });

  it('reloads a frontier from stored nodes', async () => {
    const leaves = Array.from({ length: 37 }, (_, i) => Buffer.from(`x${i}`));
    const { f, read } = build(leaves);
    const g = await Frontier.load(read, 37);
    expect(g.root().equals(f.root())).toBe(true);
    const extra = hashLeaf('next');
    f.append(extra);
    g.append(extra);
    expect(g.root().equals(f.root())).toBe(true);
  });
});
