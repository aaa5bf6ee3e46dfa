/**
 * The write path: storing a decision, cleaning up after refused services, reloading after
 * a withdrawal. Only a page where someone decides needs it, so the script-tag build loads
 * it on demand (`cookiegate-decide.js`); the ESM build bundles it.
 */
import type { WritableAtom } from 'nanostores';
import { pattern, removeTraces } from './cleanup';
import type { DecisionContext } from './api';
import type { ResolvedConfig } from './config';
import { clearConsent, writeConsent } from './cookie';
import { allIds, isRequired, resolveDecisions, type ConsentState } from './state';

type Store = WritableAtom<ConsentState | null>;

function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context; http pages get the same format from getRandomValues.
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x, i) =>
    ((i == 6 ? (x & 15) | 64 : i == 8 ? (x & 63) | 128 : x) + 256).toString(16).slice(1),
  ).join('');
  return h.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/**
 * Applies a new state (null forgets the decision): removes what refused services left
 * behind, stores the state, notifies listeners and the `cookiegate:change` event, and
 * reloads after a withdrawal unless the config says otherwise.
 */
// `context` is where the decision was made, for its proof.
export function apply(cfg: ResolvedConfig, store: Store, next: ConsentState | null, _context?: DecisionContext): void {
  const prev = store.get();
  const granted = (id: string) => next?.decisions[id] === true;
  // Never delete a cookie that a still granted service declares too.
  const kept = Object.keys(cfg.services)
    .filter(granted)
    .flatMap((s) => (cfg.services[s]!.cookies || []).map((c) => pattern(typeof c == 'string' ? c : c.name)));
  for (const s in cfg.services) {
    if (!granted(s)) removeTraces(cfg.services[s]!, (name) => kept.some((re) => re.test(name)));
  }
  if (next) writeConsent(cfg, next);
  else clearConsent(cfg);
  store.set(next);
  document.dispatchEvent(new CustomEvent('cookiegate:change', { detail: { consent: next, previous: prev } }));
  const withdrawn = !!prev && Object.keys(prev.decisions).some((id) => prev.decisions[id] && !granted(id));
  // A tracker that already runs cannot be unloaded: reload so that it is gone.
  if (withdrawn && cfg.reloadOnWithdraw) location.reload();
}

/** Stores a decision made of a choice (or none) per id. */
export function choose(cfg: ResolvedConfig, store: Store, choice: (id: string) => boolean | undefined, context?: DecisionContext): void {
  const c: Record<string, boolean> = {};
  for (const id of allIds(cfg)) {
    const v = choice(id);
    if (v !== undefined) c[id] = v;
  }
  const decisions = resolveDecisions(cfg, c);
  // Whole seconds: the cookie stores seconds, and a decision must read back as it was made.
  const now = Math.floor(Date.now() / 1000) * 1000;
  const anyGranted = Object.keys(decisions).some((id) => decisions[id] && !isRequired(cfg, id));
  apply(cfg, store, {
    id: store.get()?.id || uuid(),
    revision: cfg.revision,
    decidedAt: now,
    // A refusal is remembered for its own period, so that the visitor is not nagged.
    expiresAt: now + (anyGranted ? cfg.consentDays : cfg.refusalDays) * 864e5,
    decisions,
  }, context);
}

/** Stores explicit choices per category or service, after checking every id and value. */
export function save(cfg: ResolvedConfig, store: Store, choices: Record<string, boolean>, context?: DecisionContext): void {
  const ids = allIds(cfg);
  for (const id in choices) {
    if (!ids.includes(id)) throw new TypeError('cookiegate.save: "' + id + '" is not a category or service; expected one of ' + ids.join(', '));
    if (typeof choices[id] != 'boolean') throw new TypeError('cookiegate.save: ' + id + ': expected true or false, got ' + JSON.stringify(choices[id]));
  }
  choose(cfg, store, (id) => choices[id], context);
}

/** What the head script loads on demand. */
export interface Writer {
  apply: typeof apply;
  choose: typeof choose;
  save: typeof save;
}
