/**
 * The binding rules of BINDING-SPEC.md as one pure decision, run by every store inside its append
 * transaction (after locking the site), so concurrent writers and stale caches cannot slip a record
 * into a chain bound to another key.
 */
import type { SiteGroup } from '../stores/append-plan.js';
import type { AppendRefusal, AppendResult } from '../stores/types.js';
import { chainKeyText } from './chain-key.js';

/** Refusal reason for a chain that was created before binding existed. */
export const UNBOUND = 'chain is not bound to a key; start a new consent id';

/** What a store read for the consent ids of one site group, inside its transaction. */
export interface ChainState {
  /** consent id → id of its latest live record on the site (absent or null: none). */
  prevIds: Map<string, string | null>;
  /** consent id → stored key text (absent: no key). */
  keys: Map<string, string>;
  /** consent id → `sig` and position of its latest live record, when it has one (resends are answered with it). */
  latest?: Map<string, { sig: string | undefined; result: AppendResult }>;
}

/** Result of {@link bindGroup}. */
export interface BoundGroup {
  /** The records that may be appended (positions kept). */
  accepted: SiteGroup;
  /** Chains this batch creates: [consent id, key text]. */
  newKeys: Array<[string, string]>;
  /** Batch position → refusal. */
  refusals: Array<[number, AppendRefusal]>;
  /**
   * Resends (the same signed body as the chain's latest record): batch position → the stored
   * record's result, or the batch position of the record it repeats. Nothing is written for them.
   */
  duplicates: Array<[number, AppendResult | number]>;
}

/**
 * Applies the binding rules to one site's records, in order (a chain started earlier in the
 * batch counts as existing for later records). A record whose `sig` is that of its chain's
 * latest record is the same signed body sent again (ECDSA signatures are randomised: a decision
 * signed anew has another): it is answered with that record and not appended.
 * @example
 * const { accepted, newKeys, refusals } = bindGroup(group, verifiedKeys, { prevIds, keys });
 */
export function bindGroup(
  group: SiteGroup,
  verifiedKeys: ReadonlyArray<string | null | undefined> | undefined,
  state: ChainState,
): BoundGroup {
  const accepted: SiteGroup = { site: group.site, positions: [], records: [] };
  const newKeys: Array<[string, string]> = [];
  const refusals: Array<[number, AppendRefusal]> = [];
  const duplicates: Array<[number, AppendResult | number]> = [];
  const keys = new Map(state.keys);
  const started = new Set<string>();
  // consent id → the chain's latest record: stored, or accepted earlier in this batch (its position).
  const latest = new Map<string, { sig: string | undefined; of: AppendResult | number }>();
  for (const [id, l] of state.latest ?? []) latest.set(id, { sig: l.sig, of: l.result });
  group.records.forEach((r, i) => {
    const pos = group.positions[i]!;
    const want = verifiedKeys?.[pos] ?? undefined; // null after a trip through JSON
    const claimed = r.chainKey ? chainKeyText(r.chainKey) : undefined;
    const stored = keys.get(r.consentId);
    const exists = (state.prevIds.get(r.consentId) ?? null) !== null || started.has(r.consentId);
    let refusal: AppendRefusal | undefined;
    if (stored !== undefined) {
      if (claimed !== undefined && claimed !== stored)
        refusal = { refused: 403, reason: 'chain is bound to another key' };
      else if (want !== undefined && want !== stored)
        refusal = { refused: 403, reason: "sig is not by the chain's key" };
    } else if (exists) {
      if (want !== undefined || claimed !== undefined) refusal = { refused: 409, reason: UNBOUND };
    } else if (claimed !== undefined) {
      if (want !== undefined && want !== claimed) refusal = { refused: 403, reason: 'sig is not by chainKey' };
      else {
        keys.set(r.consentId, claimed);
        newKeys.push([r.consentId, claimed]);
      }
    } else if (want !== undefined) {
      refusal = { refused: 403, reason: "the chain's key is gone (erased?); start a new consent id" };
    }
    const last = latest.get(r.consentId);
    if (refusal) refusals.push([pos, refusal]);
    else if (r.sig !== undefined && last?.sig === r.sig) duplicates.push([pos, last.of]);
    else {
      latest.set(r.consentId, { sig: r.sig, of: pos });
      started.add(r.consentId);
      accepted.positions.push(pos);
      accepted.records.push(r);
    }
  });
  return { accepted, newKeys, refusals, duplicates };
}

/**
 * Answers a batch's resends once its appended records have their results: each gets the result
 * of the record it repeats, marked `duplicate`.
 * @example
 * answerDuplicates(results, bound.duplicates); // after results[pos] is set for every appended record
 */
export function answerDuplicates(
  results: Array<AppendResult | AppendRefusal>,
  duplicates: BoundGroup['duplicates'],
): void {
  for (const [pos, of] of duplicates) {
    const r = typeof of === 'number' ? results[of]! : of;
    results[pos] =
      'refused' in r ? r : { id: r.id, site: r.site, index: r.index, leafHash: r.leafHash, duplicate: true };
  }
}

/**
 * A chain's latest stored record as {@link ChainState}'s `latest` holds it (stores read it in their append).
 * @example latest.set(consentId, latestRecord(row.id, site, index, row.leaf_hash, row.body));
 */
export function latestRecord(
  id: string,
  site: string,
  index: number,
  leafHash: Buffer,
  body: string | null,
): { sig: string | undefined; result: AppendResult } {
  const sig = body === null ? undefined : (JSON.parse(body) as { sig?: string }).sig;
  return { sig, result: { id, site, index, leafHash: leafHash.toString('hex') } };
}
