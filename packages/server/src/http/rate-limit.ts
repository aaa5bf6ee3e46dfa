/**
 * Token-bucket rate limit per key (the client's IP prefix).
 */

/** Options of {@link RateLimiter}. */
export interface RateLimitOptions {
  /** Requests allowed at once (default 60). */
  burst?: number;
  /** Sustained requests per second (default 10). */
  perSecond?: number;
}

/**
 * @example
 * const rl = new RateLimiter({ burst: 60, perSecond: 10 });
 * if (!rl.take('203.0.113.0/24')) return tooManyRequests();
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly perMs: number;

  constructor(options: RateLimitOptions = {}, private readonly now: () => number = Date.now) {
    this.burst = options.burst ?? 60;
    this.perMs = (options.perSecond ?? 10) / 1000;
  }

  /** Takes one token; false when the key is over its limit. */
  take(key: string): boolean {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= 50_000) this.prune(t);
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + (t - b.at) * this.perMs);
    b.at = t;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Seconds until one token is available again for `key`. */
  retryAfter(key: string): number {
    const b = this.buckets.get(key);
    if (!b || b.tokens >= 1) return 0;
    return Math.ceil((1 - b.tokens) / this.perMs / 1000);
  }

  private prune(t: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * this.perMs >= this.burst) this.buckets.delete(k);
    if (this.buckets.size >= 50_000) this.buckets.clear();
  }
}
