/**
 * The visitor's receipt (`cookiegate.receipt()`), with the gossip check of its tree head.
 * Rarely asked for: the script-tag build loads it on demand (`cookiegate-receipt.js`).
 */
import type { Core } from './types';
import { gossip, type Consistency } from './gossip';

/**
 * The visitor's receipt from the proof server: their records with inclusion proofs and the
 * signed tree head they verify against, and (`consistency`) whether that head is
 * consistent with the newest one this browser saw before (gossip.ts). Null without a
 * decision or a `proofEndpoint`.
 *
 * @example
 * const r = await receipt(core); // { consentId, treeHeads, entries, consistency: { status: 'consistent' } }
 */
export async function receipt(core: Core): Promise<(Record<string, unknown> & { consistency: Consistency }) | null> {
  const id = core.store.get()?.id || core.previousId;
  const endpoint = core.config.proofEndpoint;
  if (!id || !endpoint) return null;
  const res = await fetch(endpoint.replace(/\/$/, '') + '/' + id, { credentials: 'omit' });
  if (!res.ok) throw new Error('cookiegate: receipt: ' + res.status + ' ' + (await res.text()));
  const r = await res.json();
  return { ...r, consistency: await gossip(endpoint, id, r.treeHeads) };
}
