/**
 * The proof path: signing a decision's proof with its chain's key and queueing it
 * (chain.ts, proof.ts). Only where `proofEndpoint` is set, and only after the decision is
 * applied: the script-tag build loads it then (`cookiegate-proof.js`), so that a site that
 * records no proofs never downloads it and no tag waits for it (writer.ts).
 */
import { chainFor, signRecord, startChain } from './chain';
import { buildProof, sendProof, type Proof } from './proof';
import type { ResolvedConfig } from './config';
import type { ConsentState } from './state';
import type { DecisionContext } from './types';

export { actionOf, flush } from './proof';

// Proofs are built, signed and queued one at a time, so that a chain's first record (with
// its key) is queued before the next.
let proving: Promise<unknown> = Promise.resolve();

/**
 * Signs a proof with its chain's key and queues it, then sends the queue; `fresh`: the
 * decision's id is new, its chain starts here (before any later call asks for it); `newId`
 * makes the id of a new chain where the key of `state.id` is gone.
 * Signed before it is queued: a queued record is complete, so a later page sends it as
 * it is, even where the key has gone since. Never rejects: a proof that cannot be made
 * (no WebCrypto) is reported in the console.
 *
 * @example
 * await prove(config, state, 'accept_all', uuid, { surface: 'banner' }, true);
 */
export function prove(
  cfg: ResolvedConfig,
  state: ConsentState,
  action: Proof['action'],
  newId: () => string,
  context?: DecisionContext,
  fresh?: boolean,
): Promise<void> {
  if (fresh) startChain(state.id);
  const queued = proving.then(async () => {
    const chain = await chainFor(state.id, newId);
    const signed = await signRecord(chain, await buildProof(cfg, { ...state, id: chain.id }, action, context));
    // Wrapped: the next proof waits for this one's queueing, not for its sending.
    return { sent: sendProof(cfg.proofEndpoint!, signed) };
  });
  proving = queued.catch(() => {});
  return queued.then((q) => q.sent).catch((e) => console.error('[cookiegate] proof not sent:', e));
}

/**
 * The consent id to store a decision under: `id` where this browser holds its chain's key,
 * otherwise a new chain's (an unsigned record never goes into an old chain); `id` itself
 * where no key can be made (no WebCrypto: the decision is still stored, unproven). `newId`
 * makes the new chain's id.
 *
 * @example
 * state.id = await chainId(state.id, uuid);
 */
export const chainId = (id: string, newId: () => string): Promise<string> =>
  chainFor(id, newId).then(
    (c) => c.id,
    () => id,
  );
