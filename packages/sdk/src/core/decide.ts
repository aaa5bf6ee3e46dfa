/**
 * The write path: storing a decision, cleaning up after refused services, sending its
 * proof, reloading after a withdrawal. Only a page where someone decides needs it, so the
 * script-tag build loads it on demand (`cookiegate-decide.js`); the ESM build bundles it.
 */
import { pattern, removeTraces } from './cleanup';
import type { ResolvedConfig } from './config';
import { clearConsent, writeConsent } from './cookie-write';
import { chainFor, signRecord, startChain } from './chain';
import { firstReprompt, remember, takeExpired } from './expiry';
import { actionOf, buildProof, flush, sendProof, type Proof } from './proof';
import { receipt } from './receipt';
import { stalePlan, type Stale } from './reprompt';
import { gpcChoices, gpcOn } from './gpc';
import { allIds, has, isRequired, resolveDecisions, type ConsentState } from './state';
import type { Core, Decision, DecisionContext } from './types';

function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context; http pages get the same format from getRandomValues.
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x, i) =>
    ((i == 6 ? (x & 15) | 64 : i == 8 ? (x & 63) | 128 : x) + 256).toString(16).slice(1),
  ).join('');
  return h.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** Every id refused but the required ones: what a withdrawal leaves. */
const refused = (cfg: ResolvedConfig): Record<string, boolean> => resolveDecisions(cfg, {});

// Proofs are built, signed and queued one at a time, so that a chain's first record (with
// its key) is queued before the next.
let proving: Promise<unknown> = Promise.resolve();

/**
 * Signs a proof with its chain's key and queues it, then sends the queue. Signed before it
 * is queued: a queued record is complete, so a later page sends it as it is, even where
 * the key has gone since.
 */
function prove(
  cfg: ResolvedConfig,
  state: ConsentState,
  action: Proof['action'],
  context?: DecisionContext,
): Promise<void> {
  // A re-prompt is recorded once per revision, however many pages it stays unanswered.
  if (!cfg.proofEndpoint || (action == 'reprompt' && !firstReprompt(state))) return Promise.resolve();
  const queued = proving.then(async () => {
    const chain = await chainFor(state.id, uuid);
    const signed = await signRecord(chain, await buildProof(cfg, { ...state, id: chain.id }, action, context));
    // Wrapped: the next proof waits for this one's queueing, not for its sending.
    return { sent: sendProof(cfg.proofEndpoint!, signed) };
  });
  proving = queued.catch(() => {});
  return queued.then((q) => q.sent).catch((e) => console.error('[cookiegate] proof not sent:', e));
}

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

/**
 * Cleans up after a decision that no longer counts (expired, made on an older revision,
 * or gone with its cookie): the vendors' cookies and storage go as on a withdrawal, so
 * that a later consent starts with new identifiers instead of resuming the old ones. Only
 * required services keep theirs.
 */
export const cleanStale = (core: Core): void => clean(core.config, (id) => isRequired(core.config, id));

/**
 * Applies a new state (null forgets the decision): removes what refused services left
 * behind, stores the state (in the cookie too, but for a `reprompt`: the cookie keeps the
 * decision until the visitor answers), notifies listeners and the `cookiegate:change`
 * event, sends the proof (none without `action`: a decision carried to a new revision),
 * and reloads after a withdrawal (once the proof is on its way) unless the config says otherwise.
 */
function apply(
  core: Core,
  next: ConsentState | null,
  action?: Decision | 'reprompt',
  context?: DecisionContext,
): Promise<void> {
  const { config: cfg, store } = core;
  const prev = store.get();
  const granted = (id: string) => next?.decisions[id] === true;
  clean(cfg, granted);
  if (action != 'reprompt') {
    if (next) writeConsent(cfg, next);
    else clearConsent(cfg);
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
        )
      : Promise.resolve();
  const withdrawn = !!prev && Object.keys(prev.decisions).some((id) => prev.decisions[id] && !granted(id));
  // A tracker that already runs cannot be unloaded: reload so that it is gone.
  return withdrawn && cfg.reloadOnWithdraw ? sent.then(() => location.reload()) : sent;
}

/**
 * Stores a decision (`withdraw` forgets it: the visitor is asked again). `choices` (for `custom`) is checked first: an unknown id or a value
 * that is not a boolean rejects with a TypeError and stores nothing.
 */
export async function decide(
  core: Core,
  action: Decision,
  choices: Record<string, boolean> = {},
  context?: DecisionContext,
): Promise<void> {
  const cfg = core.config;
  if (action == 'withdraw') return apply(core, null, action, context);
  const ids = allIds(cfg);
  // "All" leaves refused what Global Privacy Control keeps refused (the advertising categories).
  if (action == 'accept_all') choices = gpcChoices(cfg);
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
      // With proofs, the id of a chain this browser holds the key of (chain.ts): a first
      // decision starts one at once; without WebCrypto no proof can be signed, and the
      // decision is still stored.
      id: !cfg.proofEndpoint
        ? id || uuid()
        : id
          ? (await chainFor(id, uuid).catch(() => undefined))?.id || id
          : startChain(uuid()),
      revision: cfg.revision,
      decidedAt: now,
      // A refusal is remembered for its own period, so that the visitor is not nagged.
      expiresAt: now + (anyGranted ? cfg.consentDays : cfg.refusalDays) * 864e5,
      decisions,
      ...(gpcOn() && { gpc: true }),
    },
    action,
    context,
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
export async function applyReprompt(core: Core, { state, asked, kept }: Stale): Promise<void> {
  const next = asked.length ? { ...state, asked } : state;
  // Not awaited: the UI waits for the plan, not for the proof.
  if (kept) void apply(core, next, asked.length ? 'reprompt' : undefined);
  else if (asked.length) {
    cleanStale(core);
    void prove(core.config, next, 'reprompt');
  }
}

/**
 * `applyReprompt` with the plan made here (the ESM build; the script-tag build loads the
 * planning from `cookiegate-reprompt.js`, entries/cookiegate-decide.ts).
 *
 * @example
 * await reprompt({ config, store, previousId });
 */
export const reprompt = (core: Core): Promise<void> => applyReprompt(core, stalePlan(core.config, core.previousId!));

/**
 * Records that the remembered decision expired (`expire`, its decisions as they were
 * stored) where this page has none, and sends proofs left in the queue by an earlier page.
 */
export async function retry(core: Core): Promise<void> {
  const endpoint = core.config.proofEndpoint;
  if (!endpoint) return;
  const gone = !core.store.get() && takeExpired(Date.now());
  if (gone) await prove(core.config, gone, 'expire');
  return flush(endpoint);
}

export { receipt };
