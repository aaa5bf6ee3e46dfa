/**
 * Signs tree heads for every site: on an interval (when the log grew) and on demand.
 */
import type { ProofStore } from '../stores/types.js';
import type { SignedTreeHead, TreeHeadSigner } from '../log/tree-head.js';

/**
 * @example
 * const heads = new TreeHeadService(store, signer);
 * heads.start(60_000);
 * const sth = await heads.signSite('https://shop.example');
 */
export class TreeHeadService {
  private timer: NodeJS.Timeout | undefined;
  /** The head interval: receipts sign a new head at most this often per site (0: whenever one is needed). */
  private intervalMs = 0;
  private readonly inFlight = new Map<string, Promise<SignedTreeHead>>();
  /** Largest tree head per site that this process has signed or read: receipts need no database read for it. */
  private readonly known = new Map<string, SignedTreeHead>();

  constructor(
    private readonly store: ProofStore,
    readonly signer: TreeHeadSigner,
    /** Sign a head once a site's log has grown this many records past its latest head (0: never). */
    private readonly everyRecords = 1000,
    /** The clock (tests pass a fake one). */
    private readonly now: () => number = Date.now,
  ) {}

  /** Tells the service a site's log reached `size`: signs a head when it grew `everyRecords` past the last one. */
  grew(site: string, size: number): void {
    if (this.everyRecords <= 0 || this.inFlight.has(site)) return;
    if (size - (this.known.get(site)?.treeSize ?? 0) >= this.everyRecords)
      void this.signSite(site).catch((err: unknown) =>
        console.error('[cookiegate-server] signing a tree head failed', err),
      );
  }

  /** Signs the current head of `site` unless the latest STH already covers it. */
  signSite(site: string): Promise<SignedTreeHead> {
    let p = this.inFlight.get(site);
    if (!p) {
      p = this.doSign(site).finally(() => this.inFlight.delete(site));
      this.inFlight.set(site, p);
    }
    return p;
  }

  private async doSign(site: string): Promise<SignedTreeHead> {
    const [head, latest] = await Promise.all([this.store.head(site), this.store.latestTreeHead(site)]);
    if (
      latest &&
      latest.treeSize === head.size &&
      latest.rootHash === head.rootHash &&
      latest.keyId === this.signer.keyId
    )
      return this.remember(latest);
    const sth = this.signer.sign(site, head.size, head.rootHash);
    await this.store.saveTreeHead(sth);
    return this.remember(sth);
  }

  private remember(sth: SignedTreeHead): SignedTreeHead {
    const had = this.known.get(sth.site);
    if (!had || sth.treeSize >= had.treeSize) this.known.set(sth.site, sth);
    return sth;
  }

  /**
   * The tree head a receipt of `site` uses for records up to `minSize` leaves: the newest
   * head when it covers them; a new one when it does not and the newest is older than the
   * head interval (or there is none); otherwise the newest, not covering (the records past it
   * wait for the next head, due by {@link nextHeadDue}). So receipts sign at most one head per
   * site and interval, however many are asked for. With several server processes another may
   * have signed a newer head: the store's latest is read when this process's own does not cover.
   */
  async covering(site: string, minSize: number): Promise<SignedTreeHead | null> {
    const mine = this.known.get(site);
    if (this.covers(mine, minSize)) return mine;
    const latest = await this.store.latestTreeHead(site);
    const newest = [mine, latest]
      .filter((h): h is SignedTreeHead => !!h && h.keyId === this.signer.keyId)
      .sort((a, b) => b.treeSize - a.treeSize)[0];
    if (newest) this.remember(newest);
    if (this.covers(newest, minSize) || (newest && this.nextHeadDue(newest) > this.now())) return newest;
    return this.signSite(site);
  }

  /** When the interval allows the next head after `sth` (ms since the epoch). */
  nextHeadDue(sth: SignedTreeHead): number {
    return Date.parse(sth.timestamp) + this.intervalMs;
  }

  private covers(sth: SignedTreeHead | undefined, minSize: number): sth is SignedTreeHead {
    return !!sth && sth.treeSize >= minSize && sth.keyId === this.signer.keyId;
  }

  /** Signs every site whose log changed since its latest STH. */
  async signAll(): Promise<SignedTreeHead[]> {
    const out: SignedTreeHead[] = [];
    for (const site of await this.store.sites()) out.push(await this.signSite(site));
    return out;
  }

  /** Starts periodic signing (0 disables). */
  start(intervalMs: number): void {
    this.stop();
    this.intervalMs = Math.max(0, intervalMs);
    if (intervalMs > 0) {
      this.timer = setInterval(() => void this.signAll().catch(() => {}), intervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
