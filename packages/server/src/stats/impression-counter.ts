/**
 * Impressions are counted in memory and written as sums once a second, so a page view
 * costs no transaction of its own. Reads flush first (`flush`), and so does closing.
 */
import { dayOf } from './day.js';
import type { Impression } from './impression.js';
import type { ImpressionRow } from './report.js';

/** Where the sums go (a store's `addImpressions`). */
export type ImpressionSink = (rows: Array<ImpressionRow & { site: string }>) => Promise<void>;

const SEP = '\u0000';

/**
 * @example
 * const counter = new ImpressionCounter((rows) => store.addImpressions(rows));
 * counter.count('https://shop.example', { locale: 'sv', variant: '' });
 * await counter.flush(); // before reading, and on close
 */
export class ImpressionCounter {
  private pending = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly sink: ImpressionSink,
    private readonly everyMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one impression of `site` today (UTC). */
  count(site: string, i: Impression): void {
    const key = [site, dayOf(this.now()), i.locale, i.variant].join(SEP);
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    this.timer ??= setTimeout(() => void this.flush().catch(() => {}), this.everyMs).unref();
  }

  /** Writes what is counted; resolves once it (and any earlier write) is stored. A failed write is kept for the next. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, n]) => {
      const [site, day, locale, variant] = key.split(SEP) as [string, string, string, string];
      return { site, day: Number(day), locale, variant, n };
    });
    const write = this.writing.then(async () => {
      if (!rows.length) return;
      try {
        await this.sink(rows);
      } catch (err) {
        for (const [key, n] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
        this.timer ??= setTimeout(() => void this.flush().catch(() => {}), this.everyMs).unref();
        throw err;
      }
    });
    this.writing = write.catch(() => {});
    return write;
  }
}
