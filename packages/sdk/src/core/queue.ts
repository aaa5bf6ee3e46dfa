/**
 * The proof queue in localStorage, shared by the write path and the proof path. A decision's
 * proof enters it at once, unsigned (`held`), in the same task that applies the decision, and
 * the proof path replaces it with the signed record: a page left before the proof path came
 * (it loads after the decision, cookiegate-proof.js) loses nothing, a later page signs it. A
 * record leaves the queue once the server acknowledged it (proof.ts).
 */
import type { Proof } from './proof';
import type { ConsentState } from './state';
import type { DecisionContext } from './types';

/** A decision's proof not signed yet: what the proof path needs to build it, as it was when decided. */
export interface Held {
  consentId: string;
  clientTime: string;
  page: string;
  /** The config's revision on the page that decided (a later page may have another). */
  revision: number;
  held: { state: ConsentState; action: Proof['action']; context?: DecisionContext; fresh?: boolean };
}

/** A queued entry: a signed record or a held proof. */
export type Queued = Proof | Held;

const QUEUE = 'cookiegate:proofs';
/** Bounded, so that a site whose server is down cannot fill the visitor's storage. */
const MAX_QUEUED = 20;

/** The same decision's entry (held, then signed: its id may change where the chain's key was gone). */
export const same = (a: Queued, b: Queued): boolean => a.clientTime == b.clientTime && a.consentId == b.consentId;

/** The queue, oldest first. */
export const readQueue = (): Queued[] => {
  try {
    return JSON.parse(localStorage.getItem(QUEUE) || '[]');
  } catch {
    return [];
  }
};

/** Stores the queue; over the bound the oldest go, but never a chain's first record (see below). */
export const writeQueue = (q: Queued[]): void => {
  // Never a chain's first record (chainKey, or held for a new chain): the server refuses
  // every later record of a chain it never saw start.
  for (let i; q.length > MAX_QUEUED; q.splice(i < 0 ? 0 : i, 1))
    i = q.findIndex((p) => !('held' in p ? p.held.fresh : p.chainKey));
  try {
    if (q.length) localStorage.setItem(QUEUE, JSON.stringify(q));
    else localStorage.removeItem(QUEUE);
  } catch {
    // Storage disabled: nothing can be queued, so no proof is sent (the decision is still applied).
  }
};

/**
 * Queues a decision's proof unsigned, with the page, time and config revision of the
 * decision, and returns it.
 *
 * @example
 * const held = hold(config.revision, state, 'accept_all', { surface: 'banner' }, true); // then prove(cfg, held, uuid)
 */
export function hold(
  revision: number,
  state: ConsentState,
  action: Proof['action'],
  context?: DecisionContext,
  fresh?: boolean,
): Held {
  const h: Held = {
    consentId: state.id,
    clientTime: new Date().toISOString(),
    page: location.origin + location.pathname,
    revision,
    held: { state, action, context, fresh },
  };
  writeQueue([...readQueue(), h]);
  return h;
}
