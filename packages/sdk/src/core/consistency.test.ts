import { describe, expect, it } from 'vitest';
// Proofs made by the server's Merkle code: the SDK checks what the server really serves.
import {
  consistencyProof,
  hashChildren,
  hashLeaf,
  nodeKey,
  rootAt,
  type NodeRef,
} from '../../../server/src/log/merkle';
import { verifyConsistency } from './consistency';

const leaves = Array.from({ length: 70 }, (_, i) => hashLeaf(`{"record":${i}}`));
/** The hash of a perfect subtree, from the leaves. */
const hashOf = ({ level, index }: NodeRef): Buffer =>
  level == 0
    ? leaves[index]!
    : hashChildren(hashOf({ level: level - 1, index: 2 * index }), hashOf({ level: level - 1, index: 2 * index + 1 }));
const read = (refs: NodeRef[]) => new Map(refs.map((r) => [nodeKey(r), hashOf(r)]));
const root = async (n: number) => (await rootAt(read, n)).toString('hex');

describe('consistency proofs (RFC 9162)', () => {
  it('accepts every proof the server makes between two sizes', async () => {
    for (const [m, n] of [
      [1, 2],
      [1, 70],
      [2, 3],
      [3, 7],
      [4, 7],
      [4, 8],
      [5, 64],
      [7, 70],
      [8, 70],
      [32, 64],
      [63, 64],
      [69, 70],
      [0, 5],
      [6, 6],
    ]) {
      const proof = await consistencyProof(read, m!, n!);
      expect(await verifyConsistency(m!, n!, await root(m!), await root(n!), proof), `${m} → ${n}`).toBe(true);
    }
  });

  it('refuses a rewritten, truncated or reordered log and a tampered proof', async () => {
    const proof = await consistencyProof(read, 7, 70);
    const [r7, r70] = [await root(7), await root(70)];
    // Another old root (a record before the head was rewritten), another new root.
    expect(await verifyConsistency(7, 70, await root(6), r70, proof)).toBe(false);
    expect(await verifyConsistency(7, 70, r7, await root(69), proof)).toBe(false);
    // The wrong sizes, a node changed, dropped or added, hashes that are not hashes.
    expect(await verifyConsistency(7, 40, r7, r70, proof)).toBe(false);
    expect(await verifyConsistency(6, 70, r7, r70, proof)).toBe(false);
    expect(await verifyConsistency(7, 70, r7, r70, [...proof.slice(0, -1), leaves[0]!.toString('hex')])).toBe(false);
    expect(await verifyConsistency(7, 70, r7, r70, proof.slice(1))).toBe(false);
    expect(await verifyConsistency(7, 70, r7, r70, [...proof, proof[0]!])).toBe(false);
    expect(
      await verifyConsistency(
        7,
        70,
        r7,
        r70,
        proof.map((p) => p.toUpperCase()),
      ),
    ).toBe(false);
    expect(await verifyConsistency(7, 70, r7, r70, [])).toBe(false);
    // Same size: only the same root.
    expect(await verifyConsistency(7, 7, r7, await root(6), [])).toBe(false);
    expect(await verifyConsistency(70, 7, r70, r7, proof)).toBe(false);
  });
});
