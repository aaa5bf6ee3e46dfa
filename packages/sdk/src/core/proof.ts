/**
 * Proof of every decision, sent to the consent-proof server (`proofEndpoint`). Part of the
 * proof path: never blocks the page or the visitor. A proof is queued in localStorage
 * (queue.ts: held from the moment the decision is applied, then signed) and leaves the queue
 * once the server acknowledged it, so a network failure (or a page left early) loses
 * nothing: the queue is signed and sent on a later page.
 */
import {
  canonical,
  MAX_DECISION_MS,
  VARIANT_ID,
  type Action,
  type ProofSubmission,
  type Surface,
} from '@cookiegate/protocol';
import type { ResolvedConfig } from './config';
import { readQueue, same, writeQueue, type Held } from './queue';
import type { ConsentState } from './state';
import type { DecisionContext } from './types';

declare const __SDK_VERSION__: string;

/**
 * What the SDK sends: the body of `POST /v1/proofs`, as `@cookiegate/protocol` defines it,
 * with issue 13's additions (BINDING-SPEC) until the protocol carries them: the `expire`
 * action, `gpcApplied`, and the chain binding's `chainKey` and `sig` (chain.ts).
 */
export type Proof = Omit<ProofSubmission, 'action'> & {
  action: Action | 'expire';
  /** "Accept all" under Global Privacy Control stored less than all (`decisions` say what). */
  gpcApplied?: true;
  /** The chain's public key (JWK), on the first record of a consent id only. */
  chainKey?: object;
  /** The chain key's signature of the record without it. */
  sig?: string;
};

const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => (x + 256).toString(16).slice(1)).join('');

export { canonical };

/** SHA-256 (hex) of a text; needs a secure context (https or localhost). */
export const sha256 = async (text: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * Builds the proof of a decision. Without a hash from the UI, what was shown is the
 * canonical config itself. `at`: the page, time and revision of a decision held on an
 * earlier page (queue.ts); without a hash from the UI (an API call) such a proof hashes the
 * config of the page that signs it, which is the same unless the site changed it between.
 */
export async function buildProof(
  cfg: ResolvedConfig,
  state: ConsentState,
  action: Proof['action'],
  context: DecisionContext = {},
  at: Pick<Proof, 'page' | 'clientTime' | 'revision'> = {
    page: location.origin + location.pathname,
    clientTime: new Date().toISOString(),
    revision: cfg.revision,
  },
): Promise<Proof> {
  return {
    consentId: state.id,
    action,
    // The UI's surfaces must be the protocol's: this fails to compile when they part.
    surface: (context.surface || 'api') satisfies Surface,
    decisions: state.decisions,
    revision: at.revision,
    shownHash: context.shownHash || (await sha256(canonical(cfg))),
    locale: context.locale || document.documentElement.lang || navigator.language || 'und',
    sdkVersion: __SDK_VERSION__,
    gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    page: at.page,
    clientTime: at.clientTime,
    // What a re-prompt asks about (decide.ts): the ids new to the visitor.
    ...(action == 'reprompt' && { asked: state.asked }),
    // "All" stores less than all only where GPC kept the advertising ids refused (decide.ts).
    ...(action == 'accept_all' && Object.values(state.decisions).includes(false) && { gpcApplied: true as const }),
    // From the UI (issue 17). Site code may pass a context too: what the server would refuse
    // is left out rather than losing the proof.
    ...(VARIANT_ID.test(context.variant || '') && { variant: context.variant }),
    ...(Number.isInteger(context.decisionMs) &&
      context.decisionMs! >= 0 &&
      context.decisionMs! <= MAX_DECISION_MS && { decisionMs: context.decisionMs }),
  };
}

let flushing: Promise<void> = Promise.resolve();

/**
 * Sends every queued proof, oldest first, one flush at a time (so none is sent twice). A
 * proof the server refused as malformed (4xx other than 429) is dropped with a console
 * error: sending it again cannot help. Resolves once each was answered or failed, each
 * after at most `timeoutMs`.
 */
export const flush = (endpoint: string, timeoutMs = 3000): Promise<void> =>
  (flushing = flushing.then(() => send(endpoint, timeoutMs)));

async function send(endpoint: string, timeoutMs: number): Promise<void> {
  const waiting = new Set<string>();
  for (const proof of readQueue()) {
    // A held proof is signed first (prove.ts), and its chain's later records wait for it.
    if ('held' in proof || waiting.has(proof.consentId)) {
      waiting.add(proof.consentId);
      continue;
    }
    let status = 0;
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        keepalive: true,
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(proof),
        signal: AbortSignal.timeout?.(timeoutMs),
      });
      status = res.status;
      if (status >= 400 && status != 429 && status < 500)
        console.error('[cookiegate] proof refused:', status, await res.text());
    } catch {
      // Offline or timed out: keep it for a later page.
    }
    if (!status || status == 429 || status >= 500) return;
    writeQueue(readQueue().filter((p) => !same(p, proof)));
  }
}

/**
 * Puts a signed proof in its held proof's place in the queue (at the end where it is not
 * there), or with `proof` null drops the held one (it cannot be signed), and sends the queue.
 * Synchronous up to the sending: a page that goes away has the one or the other queued.
 *
 * @example
 * await sendProof('/v1/proofs', held, await signRecord(chain, proof));
 */
export function sendProof(endpoint: string, held: Held | null, proof: Proof | null): Promise<void> {
  const q = readQueue();
  const i = held ? q.findIndex((p) => same(p, held)) : -1;
  if (i < 0) q.push(...(proof ? [proof] : []));
  else q.splice(i, 1, ...(proof ? [proof] : []));
  writeQueue(q);
  return flush(endpoint);
}
