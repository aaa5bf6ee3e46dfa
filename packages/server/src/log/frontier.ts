/**
 * The right edge of an append-only Merkle tree: the perfect subtrees that
 * make up the whole tree, largest first (a "compact range" over [0, size)).
 * Appending a leaf merges equal-sized subtrees and reports every new interior
 * node, which the stores persist so that later proofs are O(log n) lookups.
 */
import { foldSubtrees, hashChildren, perfectSubtrees, type NodeReader, type NodeRef } from './merkle.js';

/** An interior node produced by an append, to be stored. */
export interface NewNode extends NodeRef {
  hash: Buffer;
}

/**
 * Incremental Merkle tree edge.
 * @example
 * const f = new Frontier();
 * const nodes = f.append(hashLeaf('a'));
 * f.root().toString('hex');
 */
export class Frontier {
  /** Subtrees, largest first. */
  private readonly stack: Array<NodeRef & { hash: Buffer }>;
  private count: number;

  constructor(size = 0, subtrees: Array<NodeRef & { hash: Buffer }> = []) {
    this.count = size;
    this.stack = subtrees.slice();
  }

  /** Rebuilds the edge of a tree of `size` leaves from stored nodes. */
  static async load(read: NodeReader, size: number): Promise<Frontier> {
    const refs = perfectSubtrees(0, size);
    return Frontier.fromNodes(size, refs, await read(refs));
  }

  /** Same as {@link Frontier.load} for a synchronous reader. */
  static loadSync(read: (refs: NodeRef[]) => Map<string, Buffer>, size: number): Frontier {
    const refs = perfectSubtrees(0, size);
    return Frontier.fromNodes(size, refs, read(refs));
  }

  private static fromNodes(size: number, refs: NodeRef[], got: Map<string, Buffer>): Frontier {
    return new Frontier(
      size,
      refs.map((r) => {
        const hash = got.get(`${r.level}:${r.index}`);
        if (!hash) throw new Error(`missing tree node ${r.level}:${r.index}`);
        return { ...r, hash };
      }),
    );
  }

  /** Number of leaves. */
  get size(): number {
    return this.count;
  }

  /** Appends one leaf hash; returns the interior nodes (level ≥ 1) it completed. */
  append(leafHash: Buffer): NewNode[] {
    const made: NewNode[] = [];
    let cur: NodeRef & { hash: Buffer } = { level: 0, index: this.count, hash: leafHash };
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (!top || top.level !== cur.level) break;
      this.stack.pop();
      cur = { level: cur.level + 1, index: top.index / 2, hash: hashChildren(top.hash, cur.hash) };
      made.push(cur);
    }
    this.stack.push(cur);
    this.count++;
    return made;
  }

  /** RFC 6962 root of the current tree. */
  root(): Buffer {
    return foldSubtrees(this.stack.map((s) => s.hash));
  }

  /** Independent copy (used to roll back a failed transaction). */
  clone(): Frontier {
    return new Frontier(this.count, this.stack);
  }
}
