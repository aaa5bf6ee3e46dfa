/**
 * Backend-independent part of an append: given a site's tree edge and the
 * previous record id of each consent id, seal records and list new nodes.
 * Stores run this inside their transaction, after locking the site's head.
 */
import type { Frontier, NewNode } from '../log/frontier.js';
import { sealRecord, type PendingRecord, type SealedRecord } from '../log/record.js';

/** Records of one site within a batch, with their positions in the batch. */
export interface SiteGroup {
  site: string;
  positions: number[];
  records: PendingRecord[];
}

/** Groups a batch by site, sites sorted (a stable lock order avoids deadlocks). */
export function groupBySite(records: PendingRecord[]): SiteGroup[] {
  const by = new Map<string, SiteGroup>();
  records.forEach((r, i) => {
    let g = by.get(r.site);
    if (!g) by.set(r.site, (g = { site: r.site, positions: [], records: [] }));
    g.positions.push(i);
    g.records.push(r);
  });
  return [...by.values()].sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}

/** Result of {@link planSiteAppend}. */
export interface SitePlan {
  sealed: SealedRecord[];
  nodes: NewNode[];
  root: Buffer;
  size: number;
}

/**
 * Seals `records` at the end of `frontier` (which is mutated: pass a clone).
 * `prevIds` maps consent id → latest record id before this batch; it is updated.
 */
export function planSiteAppend(
  frontier: Frontier,
  records: PendingRecord[],
  prevIds: Map<string, string | null>,
): SitePlan {
  const sealed: SealedRecord[] = [];
  const nodes: NewNode[] = [];
  for (const pending of records) {
    const s = sealRecord(pending, frontier.size, prevIds.get(pending.consentId) ?? null);
    prevIds.set(pending.consentId, pending.id);
    for (const n of frontier.append(s.leafHash)) nodes.push(n);
    sealed.push(s);
  }
  return { sealed, nodes, root: frontier.root(), size: frontier.size };
}
