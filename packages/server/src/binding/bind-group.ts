/**
 * The binding rules of BINDING-SPEC.md as one pure decision, run by every store inside its append
 * transaction (after locking the site), so concurrent writers and stale caches cannot slip a record
 * into a chain bound to another key.
 */
import type { SiteGroup } from '../stores/append-plan.js';
import type { AppendRefusal } from '../stores/types.js';
import { chainKeyText } from './chain-key.js';

/** Refusal reason for a chain that was created before binding existed. */
export const UNBOUND = 'chain is not bound to a key; start a new consent id';

/** What a store read for the consent ids of one site group, inside its transaction. */
export interface ChainState {
  /** consent id → id of its latest live record on the site (absent or null: none). */
  prevIds: Map<string, string | null>;
  /** consent id → stored key text (absent: no key). */
  keys: Map<string, string>;
}

/** Result of {@link bindGroup}. */
export interface BoundGroup {
  /** The records that may be appended (positions kept). */
  accepted: SiteGroup;
  /** Chains this batch creates: [consent id, key text]. */
  newKeys: Array<[string, string]>;
  /** Batch position → refusal. */
  refusals: Array<[number, AppendRefusal]>;
}

/**
 * Applies the binding rules to one site's records, in order (a chain started earlier in the
 * batch counts as existing for later records).
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
  const keys = new Map(state.keys);
  const started = new Set<string>();
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
    if (refusal) refusals.push([pos, refusal]);
    else {
      started.add(r.consentId);
      accepted.positions.push(pos);
      accepted.records.push(r);
    }
  });
  return { accepted, newKeys, refusals };
}
