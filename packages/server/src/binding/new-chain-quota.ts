/**
 * Flood limits on NEW chains (records carrying `chainKey`): a daily quota per site and a
 * token bucket per client IP prefix. A chain costs a stored key and a signature check forever
 * after; these bound what one network, or everyone together, can create. Counts are per
 * process (several processes: each has its own). Refusals are reported on the server's log,
 * once per site and day and once per prefix and hour.
 */
import { RateLimiter } from '../http/rate-limit.js';

/** Options of {@link NewChainQuota}. */
export interface NewChainQuotaOptions {
  /** New chains per site and UTC day (default 200,000; false: no quota). */
  perSiteDay?: number | false;
  /** New chains per IP prefix and hour, as a bucket of that size (default 300; false: no limit). */
  perPrefixHour?: number | false;
  /** Where refusals are reported (default console.warn). */
  log?: (line: string) => void;
}

/** A refusal: reason and seconds until a retry may succeed. */
export interface QuotaRefusal {
  error: string;
  retryAfter: number;
}

/**
 * @example
 * const quota = new NewChainQuota({ perSiteDay: 200_000, perPrefixHour: 300 });
 * const no = quota.take('https://shop.example', '203.0.113.0/24');
 * if (no) return { status: 429, body: { error: no.error }, retryAfter: String(no.retryAfter) };
 * // … the append wrote nothing (a resend of the chain's first record):
 * quota.refund('https://shop.example', '203.0.113.0/24');
 */
export class NewChainQuota {
  private readonly perSiteDay: number | false;
  private readonly prefixes: RateLimiter | undefined;
  private readonly sites = new Map<string, { day: number; count: number; reported: boolean }>();
  private readonly reportedPrefixes = new Map<string, number>();
  private readonly log: (line: string) => void;

  constructor(
    options: NewChainQuotaOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.perSiteDay = options.perSiteDay ?? 200_000;
    const perHour = options.perPrefixHour ?? 300;
    this.prefixes = perHour === false ? undefined : new RateLimiter({ burst: perHour, perSecond: perHour / 3600 }, now);
    this.log = options.log ?? ((line) => console.warn(line));
  }

  /** Counts one new chain of `site` from `prefix`; a refusal when over a limit (nothing counted then). */
  take(site: string, prefix: string): QuotaRefusal | undefined {
    const t = this.now();
    const day = Math.floor(t / 86_400_000);
    let s = this.sites.get(site);
    if (!s || s.day !== day) this.sites.set(site, (s = { day, count: 0, reported: false }));
    if (this.perSiteDay !== false && s.count >= this.perSiteDay) {
      if (!s.reported) {
        s.reported = true;
        this.log(
          `[cookiegate-server] new-chain quota: ${site} reached ${this.perSiteDay} new chains today (UTC); refusing new chains until midnight`,
        );
      }
      return {
        error: `daily quota of new consent chains for this site reached (${this.perSiteDay})`,
        retryAfter: Math.ceil(((day + 1) * 86_400_000 - t) / 1000),
      };
    }
    if (this.prefixes && !this.prefixes.take(prefix)) {
      const hour = Math.floor(t / 3_600_000);
      if (this.reportedPrefixes.get(prefix) !== hour) {
        if (this.reportedPrefixes.size > 10_000) this.reportedPrefixes.clear();
        this.reportedPrefixes.set(prefix, hour);
        this.log(`[cookiegate-server] new-chain limit: ${prefix} is over its hourly limit of new chains (${site})`);
      }
      return { error: 'too many new consent chains from this network', retryAfter: this.prefixes.retryAfter(prefix) };
    }
    s.count++;
    return undefined;
  }

  /** Gives back what {@link take} counted, for a record that wrote nothing (a resend, a refusal, a failed write). */
  refund(site: string, prefix: string): void {
    const s = this.sites.get(site);
    if (s && s.day === Math.floor(this.now() / 86_400_000) && s.count > 0) s.count--;
    this.prefixes?.give(prefix);
  }
}
