/**
 * The proof path: signing a decision's proof with its chain's key and queueing it
 * (chain.ts, proof.ts). Only where `proofEndpoint` is set, and only after the decision is
 * applied: the script-tag build loads it then (`cookiegate-proof.js`), so that a site that
 * records no proofs never downloads it and no tag waits for it (writer.ts).
 */
import { chainFor, signRecord, startChain } from './chain';
import { buildProof, sendProof } from './proof';
import type { ResolvedConfig } from './config';
import { readQueue, same, type Held } from './queue';

export { flush } from './proof';

// Proofs are built, signed and queued one at a time, so that a chain's first record (with
// its key) is queued before the next.
let proving: Promise<unknown> = Promise.resolve();
/** The held proofs this page is signing, and when each is sent (`proveHeld` signs none twice). */
const signing: Array<[Held, Promise<void>]> = [];

/**
 * Signs a held proof (queue.ts) with its chain's key and puts it in the held one's place,
 * then sends the queue; `held.fresh`: its chain starts here (before any later call asks for
 * it); `newId` makes the id of a new chain where the key of the held id is gone.
 * Signed before it is queued: a queued record is complete, so a later page sends it as
 * it is, even where the key has gone since. Never rejects: a proof that cannot be made
 * (no WebCrypto) leaves the queue and is reported in the console.
 *
 * @example
 * await prove(config, hold(config.revision, state, 'accept_all', { surface: 'banner' }, true), uuid);
 */
function prove(cfg: ResolvedConfig, held: Held, newId: () => string): Promise<void> {
  const { state, action, context, fresh } = held.held;
  if (fresh) startChain(state.id);
  const queued = proving.then(async () => {
    const chain = await chainFor(state.id, newId);
    const signed = await signRecord(chain, await buildProof(cfg, { ...state, id: chain.id }, action, context, held));
    // Wrapped: the next proof waits for this one's queueing, not for its sending.
    return { sent: sendProof(cfg.proofEndpoint!, held, signed) };
  });
  proving = queued.catch(() => {});
  const sent = queued
    .then((q) => q.sent)
    .catch((e) => {
      console.error('[cookiegate] proof not sent:', e);
      void sendProof(cfg.proofEndpoint!, held, null);
    });
  signing.push([held, sent]);
  return sent;
}

/**
 * Signs every held proof in the queue, oldest first, with the page and time of its decision:
 * this page's, and those an earlier page left unsigned (it was left before the proof path
 * came, or could not load it). Resolves once each was sent or failed. Under a lock shared by
 * the site's tabs (Web Locks, where the browser has them): another tab that signed a held
 * proof first has put its record in the held one's place, so a proof is signed once, and a
 * new chain's key is made once.
 *
 * @example
 * await proveHeld(config, uuid);
 */
export function proveHeld(cfg: ResolvedConfig, newId: () => string): Promise<void> {
  const run = () =>
    Promise.all(
      readQueue().map((p) =>
        'held' in p ? (signing.find(([h]) => same(h, p))?.[1] ?? prove(cfg, p, newId)) : undefined,
      ),
    ).then(() => {});
  return navigator.locks ? navigator.locks.request('cookiegate:proofs', run).then(() => {}) : run();
}

/**
 * The consent id to store a decision under: `id` where this browser holds its chain's key
 * or holds the unsigned first record of its chain (which starts the chain when it is
 * signed), otherwise a new chain's (an unsigned record never goes into an old chain); `id`
 * itself where no key can be made (no WebCrypto: the decision is still stored, unproven).
 * `newId` makes the new chain's id.
 *
 * @example
 * state.id = await chainId(state.id, uuid);
 */
export const chainId = (id: string, newId: () => string): Promise<string> =>
  readQueue().some((p) => 'held' in p && p.held.fresh && p.consentId == id)
    ? Promise.resolve(id)
    : chainFor(id, newId).then(
        (c) => c.id,
        () => id,
      );
