/**
 * The in-memory level of the SQLite consent-id index: 16-byte consent key →
 * record keys (`rid`s) of records not yet merged into the on-disk tree. It
 * holds nothing that is not also in the `records` table, so it is rebuilt from
 * there on open and after a rollback (see consent-index.ts).
 *
 * Why typed arrays and not a Map of strings: entries live for minutes, so as
 * heap objects they survived every young-generation collection, which made V8
 * grow the worker's young generation to its maximum (about 30 MB more RSS) and
 * copy them over and over. Here they are 28 bytes a slot in three flat buffers
 * the collector never scans; a merge finds its slice by scanning the table
 * (a fraction of a millisecond, once per many appends). Keys come from clients, so the hash is seeded per
 * process: colliding keys cannot be computed in advance.
 */
import { randomBytes } from 'node:crypto';

/** Key slices: slice k holds keys whose first byte is in [4k, 4k + 4). */
export const SLICES = 64;
/** The slice of a 16-byte key. */
const sliceOfByte = (first: number): number => first >> 2;
export const sliceOf = (key: Uint8Array): number => sliceOfByte(key[0]!);

const EMPTY = -1;

/** murmur3's 32-bit finaliser. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * @example
 * const mem = new RecentKeys();
 * mem.add(key, rid);
 * mem.latest(key, lo, hi); // → rid
 * const { keys, rids } = mem.takeSlice(sliceOf(key)); // to write to disk
 */
export class RecentKeys {
  private readonly seed: number;
  // An open-addressing table (linear probing), one slot per entry; a key with several rids has several slots.
  private mask = 0;
  private slotKeys = new Uint8Array(0);
  private slotRids = new Float64Array(0);
  private slotHashes = new Uint32Array(0);
  /** Entries held. */
  size = 0;

  /**
   * @param capacity initial slots, a power of two (it doubles as entries arrive)
   * @param seed of the hash (tests); random by default
   */
  constructor(
    private readonly capacity = 1024,
    seed = randomBytes(4).readUInt32LE(0),
  ) {
    this.seed = seed;
    this.resize(capacity);
  }

  private hash(key: Uint8Array): number {
    let h = this.seed;
    for (let i = 0; i < 16; i += 4)
      h = mix(h ^ (key[i]! | (key[i + 1]! << 8) | (key[i + 2]! << 16) | (key[i + 3]! << 24)));
    return h;
  }

  private resize(cap: number): void {
    const [keys, rids, hashes] = [this.slotKeys, this.slotRids, this.slotHashes];
    this.mask = cap - 1;
    this.slotKeys = new Uint8Array(cap * 16);
    this.slotRids = new Float64Array(cap).fill(EMPTY);
    this.slotHashes = new Uint32Array(cap);
    for (let i = 0; i < rids.length; i++) if (rids[i] !== EMPTY) this.put(keys, i * 16, hashes[i]!, rids[i]!);
  }

  private put(key: Uint8Array, at: number, h: number, rid: number): void {
    let i = h & this.mask;
    while (this.slotRids[i] !== EMPTY) i = (i + 1) & this.mask;
    this.slotKeys.set(key.subarray(at, at + 16), i * 16);
    this.slotRids[i] = rid;
    this.slotHashes[i] = h;
  }

  private same(i: number, h: number, key: Uint8Array): boolean {
    if (this.slotHashes[i] !== h) return false;
    for (let b = 0; b < 16; b++) if (this.slotKeys[i * 16 + b] !== key[b]) return false;
    return true;
  }

  /** Calls `fn` with every rid of the key. */
  private each(key: Uint8Array, fn: (rid: number) => void): void {
    const h = this.hash(key);
    for (let i = h & this.mask; this.slotRids[i] !== EMPTY; i = (i + 1) & this.mask)
      if (this.same(i, h, key)) fn(this.slotRids[i]!);
  }

  /** Removes one (key, rid) slot, shifting later slots of the probe run back; false if absent. */
  private forget(key: Uint8Array, rid: number): boolean {
    const h = this.hash(key);
    let i = h & this.mask;
    while (this.slotRids[i] !== EMPTY && !(this.slotRids[i] === rid && this.same(i, h, key))) i = (i + 1) & this.mask;
    if (this.slotRids[i] === EMPTY) return false;
    for (let j = (i + 1) & this.mask; this.slotRids[j] !== EMPTY; j = (j + 1) & this.mask) {
      const home = this.slotHashes[j]! & this.mask;
      // Slot j may move to the hole at i unless its home lies cyclically in (i, j].
      if (i <= j ? home > i && home <= j : home > i || home <= j) continue;
      this.slotKeys.copyWithin(i * 16, j * 16, j * 16 + 16);
      this.slotRids[i] = this.slotRids[j]!;
      this.slotHashes[i] = this.slotHashes[j]!;
      i = j;
    }
    this.slotRids[i] = EMPTY;
    this.size--;
    return true;
  }

  /** Records one entry of a 16-byte key. */
  add(key: Uint8Array, rid: number): void {
    if (key.length !== 16) throw new Error('consent keys are 16 bytes');
    // Grows past 60% full: 65,536 entries and a batch over still fit 2^17 slots.
    if ((this.size + 1) * 5 > this.slotRids.length * 3) this.resize(this.slotRids.length * 2);
    this.put(key, 0, this.hash(key), rid);
    this.size++;
  }

  /** Largest rid of `key` within [lo, hi]. */
  latest(key: Uint8Array, lo: number, hi: number): number | undefined {
    let best: number | undefined;
    this.each(key, (r) => {
      if (r >= lo && r <= hi && (best === undefined || r > best)) best = r;
    });
    return best;
  }

  /** Every rid of `key` within [lo, hi], ascending. */
  rids(key: Uint8Array, lo: number, hi: number): number[] {
    const out: number[] = [];
    this.each(key, (r) => r >= lo && r <= hi && out.push(r));
    return out.sort((a, b) => a - b);
  }

  /** Forgets one entry (erasure); false if it was not held. */
  remove(key: Uint8Array, rid: number): boolean {
    return key.length === 16 && this.forget(key, rid);
  }

  /** Removes the entries `take` selects (by first key byte and rid) and returns them. */
  private removeWhere(take: (firstByte: number, rid: number) => boolean): Array<{ key: Buffer; rid: number }> {
    const out: Array<{ key: Buffer; rid: number }> = [];
    for (let i = 0; i < this.slotRids.length; i++) {
      const r = this.slotRids[i]!;
      if (r !== EMPTY && take(this.slotKeys[i * 16]!, r))
        out.push({ key: Buffer.from(this.slotKeys.subarray(i * 16, i * 16 + 16)), rid: r });
    }
    for (const e of out) this.forget(e.key, e.rid); // after the scan: removal shifts slots
    return out;
  }

  /** Removes and returns the entries of one slice, sorted by key then rid (the on-disk tree's order). */
  takeSlice(slice: number): { keys: Buffer[]; rids: number[] } {
    const all = this.removeWhere((first) => sliceOfByte(first) === slice);
    all.sort((a, b) => Buffer.compare(a.key, b.key) || a.rid - b.rid);
    return { keys: all.map((e) => e.key), rids: all.map((e) => e.rid) };
  }

  /** Drops the entries of one slice with a rid in [lo, hi) (another connection merged them). */
  dropBetween(slice: number, lo: number, hi: number): void {
    this.removeWhere((first, r) => sliceOfByte(first) === slice && r >= lo && r < hi);
  }

  clear(): void {
    this.size = 0;
    this.slotRids = new Float64Array(0); // nothing to carry over
    this.resize(this.capacity);
  }
}
