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
  private readonly inFlight = new Map<string, Promise<SignedTreeHead>>();
  /** Largest tree head per site that this process has signed or read: receipts need no database read for it. */
  private readonly known = new Map<string, SignedTreeHead>();

  constructor(
    private readonly store: ProofStore,
    readonly signer: TreeHeadSigner,
  ) {}

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
    if (latest && latest.treeSize === head.size && latest.rootHash === head.rootHash && latest.keyId === this.signer.keyId)
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
   * A signed tree head of `site` covering at least `minSize` leaves, signing a new one if
   * needed. The largest one this process knows is used when it covers: with several server
   * processes another may have signed a newer head since, but any covering head proves inclusion.
   */
  async covering(site: string, minSize: number): Promise<SignedTreeHead> {
    const covers = (sth: SignedTreeHead | null | undefined): sth is SignedTreeHead =>
      !!sth && sth.treeSize >= minSize && sth.keyId === this.signer.keyId;
    const mine = this.known.get(site);
    if (covers(mine)) return mine;
    const latest = await this.store.latestTreeHead(site);
    return covers(latest) ? this.remember(latest) : this.signSite(site);
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
