/**
 * Token-bucket rate limit per key (the client's IP prefix), in bounded memory.
 */

/** Options of {@link RateLimiter}. */
export interface RateLimitOptions {
  /** Requests allowed at once (default 60). */
  burst?: number;
  /** Sustained requests per second (default 10). */
  perSecond?: number;
  /** Keys kept at most (default 50 000); past it the least recently used key is forgotten. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Buckets live in a Map kept in least-recently-used order (a key moves to the end
 * on every request). Keys at the front whose bucket has refilled are dropped as new
 * requests come (forgetting a full bucket changes nothing); past `maxKeys` the least
 * recently used key goes. A busy key is never the least recently used, so a flood of
 * other keys cannot reset it. (Eviction runs when a new key comes: only that grows the map.)
 * @example
 * const rl = new RateLimiter({ burst: 60, perSecond: 10 });
 * if (!rl.take('203.0.113.0/24')) return tooManyRequests(rl.retryAfter('203.0.113.0/24'));
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxKeys: number;

  constructor(
    options: RateLimitOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.burst = options.burst ?? 60;
    this.perMs = (options.perSecond ?? 10) / 1000;
    this.maxKeys = Math.max(1, options.maxKeys ?? 50_000);
  }

  /** Takes one token; false when the key is over its limit. */
  take(key: string): boolean {
    const b = this.touch(key);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Gives back a token taken for a request that turned out to cost nothing (never past the burst). */
  give(key: string): void {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(this.burst, b.tokens + 1);
  }

  /** Whether `key` has a token left, without taking it. */
  allowed(key: string): boolean {
    const b = this.buckets.get(key);
    return !b || this.level(b, this.now()) >= 1;
  }

  /** Seconds until one token is available again for `key`. */
  retryAfter(key: string): number {
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = this.level(b, this.now());
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.perMs / 1000);
  }

  /** Keys held now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private level(b: Bucket, t: number): number {
    return Math.min(this.burst, b.tokens + (t - b.at) * this.perMs);
  }

  /** The key's bucket, refilled to now and moved to the most recently used end. */
  private touch(key: string): Bucket {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b) {
      this.buckets.delete(key);
      b.tokens = this.level(b, t);
      b.at = t;
    } else {
      b = { tokens: this.burst, at: t };
      this.evict(t); // only a new key grows the map
    }
    this.buckets.set(key, b);
    return b;
  }

  /** Drops up to two refilled keys from the front, and least recently used keys past the cap. */
  private evict(t: number): void {
    let refilled = 0;
    for (const [k, b] of this.buckets) {
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(k);
      else if (refilled < 2 && this.level(b, t) >= this.burst) {
        this.buckets.delete(k);
        refilled++;
      } else break;
    }
  }
}
