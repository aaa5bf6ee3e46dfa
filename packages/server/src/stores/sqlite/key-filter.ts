/**
 * A growing Bloom filter over 16-byte keys (consent ids): answers "certainly
 * not present" without touching the disk. Layers double in capacity as keys
 * arrive, so no rebuild is needed; about 1% false positives per layer, no
 * false negatives. Keys may be crafted by clients, so they are mixed, not
 * used as hashes directly: a bad key costs a lookup, never a wrong answer.
 */

interface Layer {
  bits: Uint32Array;
  /** Number of bits (a power of two). */
  m: number;
  count: number;
  capacity: number;
}

const HASHES = 7; // optimal for 10 bits per key

/** murmur3's 32-bit finaliser. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * @example
 * const f = new KeyFilter(1 << 16);
 * f.add(key);
 * if (!f.mayHave(other)) { ... certainly absent ... }
 */
export class KeyFilter {
  private readonly layers: Layer[] = [];

  constructor(private nextCapacity = 1 << 16) {}

  /** Keys added so far. */
  get size(): number {
    return this.layers.reduce((n, l) => n + l.count, 0);
  }

  /** Bytes of memory the bit arrays take. */
  get bytes(): number {
    return this.layers.reduce((n, l) => n + l.bits.byteLength, 0);
  }

  /** Two hashes of the 16 bytes at `at`. */
  private static hashes(key: Uint8Array, at: number): [number, number] {
    let a = 0x9e3779b9;
    let b = 0x7f4a7c15;
    for (let i = at; i < at + 16; i += 4) {
      const w = key[i]! | (key[i + 1]! << 8) | (key[i + 2]! << 16) | (key[i + 3]! << 24);
      a = mix(a ^ w);
      b = mix(b + w);
    }
    return [a, b | 1];
  }

  /** Adds the 16-byte key at `at` (keys can be read straight out of a larger buffer). */
  add(key: Uint8Array, at = 0): void {
    let layer = this.layers.at(-1);
    if (!layer || layer.count >= layer.capacity) {
      const capacity = this.nextCapacity;
      this.nextCapacity *= 2;
      const m = 2 ** Math.min(31, Math.ceil(Math.log2(capacity * 10))); // bit indexes stay int32
      layer = { bits: new Uint32Array(m / 32), m, count: 0, capacity };
      this.layers.push(layer);
    }
    const [a, b] = KeyFilter.hashes(key, at);
    const mask = layer.m - 1;
    for (let i = 0; i < HASHES; i++) {
      const bit = (a + Math.imul(i, b)) & mask;
      layer.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    layer.count++;
  }

  /** False means the 16-byte key at `at` was certainly never added. */
  mayHave(key: Uint8Array, at = 0): boolean {
    if (this.layers.length === 0) return false;
    const [a, b] = KeyFilter.hashes(key, at);
    outer: for (const layer of this.layers) {
      const mask = layer.m - 1;
      for (let i = 0; i < HASHES; i++) {
        const bit = (a + Math.imul(i, b)) & mask;
        if ((layer.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue outer;
      }
      return true;
    }
    return false;
  }
}
