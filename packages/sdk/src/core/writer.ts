/**
 * The write path: storing a decision, cleaning up after refused services, sending its
 * proof, reloading after a withdrawal. Only a page where someone decides needs it, so the
 * script-tag build loads it on demand (`cookiegate-decide.js`); the ESM build bundles it
 * (decide.ts). A decision is applied first (cookie, store: the tags it grants run), and
 * its proof is made afterwards by the proof path (prove.ts), which the script-tag build
 * loads only where `proofEndpoint` is set (`cookiegate-proof.js`).
 */
import { pattern, removeTraces } from './cleanup';
import type { ResolvedConfig } from './config';
import { writeConsent } from './cookie-write';
import { firstReprompt, remember, takeExpired } from './expiry';
import { actionOf } from './action';
import type { Proof } from './proof';
import { hold } from './queue';
import type { Stale } from './reprompt';
import { gpcChoices, gpcOn, type AdTypes } from './gpc';
import { allIds, has, isRequired, resolveDecisions, type ConsentState } from './state';
import type { Core, Decision, DecisionContext, Writer } from './types';
import { uuid } from './uuid';

/** The proof path (prove.ts), as the script-tag build loads it. */
export type Prover = typeof import('./prove');

/** Every id refused but the required ones: what a withdrawal leaves. */
const refused = (cfg: ResolvedConfig): Record<string, boolean> => resolveDecisions(cfg, {});

/**
 * Removes what every service that `granted` refuses left behind (cookies, storage), but
 * never a cookie that a still granted service declares too.
 */
function clean(cfg: ResolvedConfig, granted: (id: string) => boolean): void {
  const kept = Object.keys(cfg.services)
    .filter(granted)
    .flatMap((s) => (cfg.services[s]!.cookies || []).map((c) => pattern(typeof c == 'string' ? c : c.name)));
  for (const s in cfg.services) {
    if (!granted(s)) removeTraces(cfg.services[s]!, (name) => kept.some((re) => re.test(name)));
  }
}

/** The write path's functions, `Writer` but the receipt and the re-prompt's planning (loaded apart). */
export type WritePath = Pick<Writer, 'decide' | 'cleanStale' | 'retry'> & {
  applyReprompt(core: Core, plan: Stale): Promise<void>;
};

/**
 * The write path over a proof path that `load` brings (called only where `proofEndpoint`
 * is set, and only once a decision has been applied or proofs are pending), and Consent
 * Mode's `types` for GPC's rule (the script-tag build's are the head script's).
 *
 * @example
 * const { decide } = writer(() => loadSibling('cookiegate-proof.js').then(() => window.cookiegateProof!), { consentTypes, AD });
 * await decide({ config, store }, 'accept_all');
 */
export function writer(load: () => Promise<Prover>, types: AdTypes): WritePath {
  let loaded: Promise<Prover> | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  /**
   * Calls `f` with the proof path, in call order: a chain started by one call is there for
   * the next. `idle`: once the browser is idle, so that the tags a decision released run
   * first. A failed load is tried again by the next call.
   */
  function proofs<T>(f: (p: Prover) => T | Promise<T>, idle?: boolean): Promise<T> {
    const p = turn
      .then(() => idle && new Promise((r) => (window.requestIdleCallback || setTimeout)(r, { timeout: 500 })))
      .then(() => (loaded ||= load()));
    const called = p.then(f);
    turn = p.catch(() => (loaded = undefined));
    return called;
  }

  /**
   * Proves a decision: holds its proof in the queue at once (queue.ts: a page left before the
   * proof path came loses nothing), and signs and sends it in idle time, so that the tags a
   * decision released run first; resolves once the proof was answered, failed or reported.
   */
  const prove = (
    cfg: ResolvedConfig,
    state: ConsentState,
    action: Proof['action'],
    context?: DecisionContext,
    fresh?: boolean,
  ): Promise<void> => {
    // A re-prompt is recorded once per revision, however many pages it stays unanswered.
    if (!cfg.proofEndpoint || (action == 'reprompt' && !firstReprompt(state))) return Promise.resolve();
    // Every held proof, in order: also one that a failed load of the proof path left.
    hold(cfg.revision, state, action, context, fresh);
    return proofs((p) => p.proveHeld(cfg, uuid), true).catch((e) => console.error('[cookiegate] proof not sent:', e));
  };

  /**
   * Applies a new state (null forgets the decision): removes what refused services left
   * behind, stores the state (in the cookie too, but for a `reprompt`: the cookie keeps the
   * decision until the visitor answers), notifies listeners and the `cookiegate:change`
   * event (the tags it grants run), then sends the proof (none without `action`: a decision
   * carried to a new revision; `fresh`: its id is new), and reloads after a withdrawal (once
   * the proof is on its way) unless the config says otherwise.
   */
  function apply(
    core: Core,
    next: ConsentState | null,
    action?: Decision | 'reprompt',
    context?: DecisionContext,
    fresh?: boolean,
  ): Promise<void> {
    const { config: cfg, store } = core;
    const prev = store.get();
    const granted = (id: string) => next?.decisions[id] === true;
    clean(cfg, granted);
    if (action != 'reprompt') {
      writeConsent(cfg, next);
      if (cfg.proofEndpoint) remember(next);
    }
    store.set(next);
    document.dispatchEvent(new CustomEvent('cookiegate:change', { detail: { consent: next, previous: prev } }));
    const proven = next || (prev && { ...prev, decisions: refused(cfg) });
    const sent =
      proven && action
        ? prove(
            cfg,
            proven,
            actionOf(prev, next, action, (id) => isRequired(cfg, id)),
            context,
            fresh,
          )
        : Promise.resolve();
    const withdrawn = !!prev && Object.keys(prev.decisions).some((id) => prev.decisions[id] && !granted(id));
    // A tracker that already runs cannot be unloaded: reload so that it is gone.
    return withdrawn && cfg.reloadOnWithdraw ? sent.then(() => location.reload()) : sent;
  }

  /**
   * Cleans up after a decision that no longer counts (expired, made on an older revision,
   * or gone with its cookie): the vendors' cookies and storage go as on a withdrawal, so
   * that a later consent starts with new identifiers instead of resuming the old ones. Only
   * required services keep theirs.
   */
  const cleanStale = (core: Core): void => clean(core.config, (id) => isRequired(core.config, id));

  /**
   * Stores a decision (`withdraw` forgets it: the visitor is asked again). `choices` (for `custom`) is checked first: an unknown id or a value
   * that is not a boolean rejects with a TypeError and stores nothing.
   */
  async function decide(
    core: Core,
    action: Decision,
    choices: Record<string, boolean> = {},
    context?: DecisionContext,
  ): Promise<void> {
    const cfg = core.config;
    if (action == 'withdraw') return apply(core, null, action, context);
    const ids = allIds(cfg);
    // "All" leaves refused what Global Privacy Control keeps refused (the advertising categories).
    if (action == 'accept_all') choices = gpcChoices(cfg, types);
    for (const id in choices) {
      if (!ids.includes(id))
        throw new TypeError(
          'cookiegate.save: "' + id + '" is not a category or service; expected one of ' + ids.join(', '),
        );
      if (typeof choices[id] != 'boolean')
        throw new TypeError('cookiegate.save: ' + id + ': expected true or false, got ' + JSON.stringify(choices[id]));
    }
    const c: Record<string, boolean> = {};
    for (const id of ids) {
      // Own keys only (see resolveDecisions): `choices.toString` is not a choice.
      const own = has(choices, id) ? choices[id] : undefined;
      const v = action == 'accept_all' ? (own ?? true) : action == 'reject_all' ? false : own;
      if (v !== undefined) c[id] = v;
    }
    const decisions = resolveDecisions(cfg, c);
    // Whole seconds: the cookie stores seconds, and a decision must read back as it was made.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const anyGranted = Object.keys(decisions).some((id) => decisions[id] && !isRequired(cfg, id));
    const id = core.store.get()?.id || core.previousId;
    return apply(
      core,
      {
        // With proofs, an earlier id only where this browser holds its chain's key (prove.ts):
        // a first decision waits for nothing, its chain starts with its proof.
        id: cfg.proofEndpoint && id ? await proofs((p) => p.chainId(id, uuid)).catch(() => id) : id || uuid(),
        revision: cfg.revision,
        decidedAt: now,
        // A refusal is remembered for its own period, so that the visitor is not nagged.
        expiresAt: now + (anyGranted ? cfg.consentDays : cfg.refusalDays) * 864e5,
        decisions,
        ...(gpcOn() && { gpc: true }),
      },
      action,
      context,
      !id,
    );
  }

  /**
   * Re-prompts a visitor whose decision was made on an earlier revision, as planned by
   * `stalePlan` (reprompt.ts). Nothing new (a revision that only fixed texts): the decision
   * carries over to this revision as it was, with its expiry, and nobody is asked. Something
   * new: the store gets the decision with the new ids refused and listed in `asked` (the UI
   * asks about them; the cookie keeps the old decision until the visitor answers). Not kept
   * (expired, or everything new): the store stays empty, the banner asks about everything.
   * What refused or asked services left behind goes, and a `reprompt` proof lists what was
   * asked (sent in the background: this resolves once the plan is applied).
   */
  async function applyReprompt(core: Core, { state, asked, kept }: Stale): Promise<void> {
    const next = asked.length ? { ...state, asked } : state;
    // Not awaited: the UI waits for the plan, not for the proof.
    if (kept) void apply(core, next, asked.length ? 'reprompt' : undefined);
    else if (asked.length) {
      cleanStale(core);
      void prove(core.config, next, 'reprompt');
    }
  }

  /**
   * Records that the remembered decision expired (`expire`, its decisions as they were
   * stored) where this page has none, signs the proofs an earlier page held (it was left
   * before they were signed), and sends what an earlier page left in the queue.
   */
  async function retry(core: Core): Promise<void> {
    const endpoint = core.config.proofEndpoint;
    if (!endpoint) return;
    const gone = !core.store.get() && takeExpired(Date.now());
    // Held after what an earlier page held (its decision's proof, maybe), and signed with it in order.
    if (gone) hold(core.config.revision, gone, 'expire');
    return proofs((p) => p.proveHeld(core.config, uuid).then(() => p.flush(endpoint)), true);
  }

  return { decide, cleanStale, applyReprompt, retry };
}
