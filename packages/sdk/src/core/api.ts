import { atom, type ReadableAtom } from 'nanostores';
import { checkConfig, type Problem } from './check';
import type { ResolvedConfig } from './config';
import { readConsent } from './cookie';
import type { Core, Writer } from './decide';
import { createGate } from './gate';
import { startVendors } from './blocker-start';
import { isRequired, type ConsentState } from './state';

const PREFIX = '[cookiegate]';
let config: ResolvedConfig | null = null;
let initialised = false;
let writer: Promise<Writer> | undefined;
let loadWriter: () => Promise<Writer>;
let previousId: string | undefined;
const $state = atom<ConsentState | null>(null);

/**
 * The stored decision as a nanostores store (null until the visitor decides).
 *
 * @example
 * import { consent } from 'cookiegate';
 * consent.subscribe((c) => console.log(c?.decisions));
 */
export const consent: ReadableAtom<ConsentState | null> = $state;

/** A listener for decisions: the new state (null after `reset()`) and the one before. */
export type ChangeListener = (consent: ConsentState | null, previous: ConsentState | null) => void;

/**
 * Starts cookiegate with a configuration: checks it, reads the stored decision and starts
 * gating. `report` receives the config's problems (the entry points print them); an
 * invalid config fails closed: nothing that is not required runs. `load` brings the code
 * that stores decisions, which only a page where someone decides needs.
 */
export function start(
  input: unknown,
  report: (problems: Problem[]) => void,
  load: () => Promise<Writer>,
): { config: ResolvedConfig | null; problems: Problem[] } {
  if (initialised) {
    console.warn(PREFIX, 'init() was already called; ignored');
    return { config, problems: [] };
  }
  initialised = true;
  loadWriter = load;
  const checked = checkConfig(input);
  if (checked.problems.length) report(checked.problems);
  config = checked.config;
  if (config) {
    const stored = readConsent(config);
    $state.set(stored.state);
    $state.listen(createGate(accepted).release);
    previousId = stored.staleId;
    // A raised revision asks the visitor again: that is evidence too. Proofs an earlier
    // page could not send are sent now.
    if (config.proofEndpoint && (previousId || hasQueuedProofs())) write((w, core) => w.reprompt(core).then(() => w.retry(core)));
  }
  // Consent Mode, Meta consent and automatic blocking of vendors' unmodified snippets.
  startVendors(config, $state, accepted, report);
  return checked;
}

/**
 * Whether an id (category or service) may run now: a required one always, any other only
 * after the visitor granted it.
 *
 * @example
 * if (cookiegate.accepted('analytics')) startAnalytics();
 */
export function accepted(id: string): boolean {
  return !!config && (isRequired(config, id) || $state.get()?.decisions[id] === true);
}

/**
 * The stored decision, or null when the visitor has not decided (or must decide again).
 *
 * @example
 * const c = cookiegate.getConsent(); // { id, revision, decidedAt, expiresAt, decisions }
 */
export function getConsent(): ConsentState | null {
  const s = $state.get();
  return s && { ...s, decisions: { ...s.decisions } };
}

/**
 * The configuration in use, after validation and with defaults filled in (null before
 * `init` or when the config is invalid). Treat it as read-only: the UI reads its texts
 * and services from it.
 *
 * @example
 * const services = Object.keys(cookiegate.getConfig()?.services ?? {});
 */
export const getConfig = (): ResolvedConfig | null => config;

/**
 * Calls `listener` after every decision, withdrawal and reset. Also dispatched as a
 * `cookiegate:change` event on `document` with `{ consent, previous }` as its detail.
 *
 * @example
 * const off = cookiegate.onChange((c) => { if (c?.decisions.analytics) startAnalytics(); });
 * off(); // stop listening
 */
export const onChange = (listener: ChangeListener): (() => void) => $state.listen((c, prev) => listener(c, prev ?? null));

/**
 * Where and how a decision was made, for the proof of it. The UI passes its surface and a
 * hash of what it showed; a call from site code is `api`.
 *
 * @example
 * cookiegate.acceptAll({ surface: 'banner' });
 */
export interface DecisionContext {
  surface?: 'banner' | 'preferences' | 'floating' | 'api';
  /** SHA-256 (hex) of exactly what was shown: the canonical config plus the texts of the language shown. */
  shownHash?: string;
  /** The language the texts were shown in. */
  locale?: string;
}

const hasQueuedProofs = () => {
  try {
    return !!localStorage.getItem('cookiegate:proofs');
  } catch {
    return false;
  }
};

function write<T>(f: (w: Writer, core: Core) => Promise<T>): Promise<T> {
  if (!initialised) return Promise.reject(new Error('cookiegate: call init(config) first'));
  if (!config) return Promise.reject(new Error('cookiegate: invalid config, nothing was stored'));
  const core = { config, store: $state, previousId };
  return (writer ||= loadWriter()).then((w) => f(w, core));
}

/**
 * Grants every category and service (with Global Privacy Control: all but the advertising
 * ones, which only an explicit `save()` grants). Resolves once the decision is stored.
 *
 * @example
 * acceptButton.onclick = () => cookiegate.acceptAll();
 */
export const acceptAll = (context?: DecisionContext): Promise<void> => write((w, c) => w.decide(c, 'all', {}, context));

/**
 * Refuses every category and service that is not required; withdraws earlier consent.
 * Resolves once the decision is stored.
 *
 * @example
 * rejectButton.onclick = () => cookiegate.rejectAll();
 */
export const rejectAll = (context?: DecisionContext): Promise<void> => write((w, c) => w.decide(c, 'none', {}, context));

/**
 * Stores a choice per category or service; anything not named is refused. A category's
 * choice applies to its services, a service's own choice wins; a category counts as
 * granted only when all its services are. Required ids stay granted. Rejects with a
 * TypeError naming an unknown id or a value that is not a boolean.
 *
 * @example
 * await cookiegate.save({ analytics: true, smartlook: false });
 */
export const save = (choices: Record<string, boolean>, context?: DecisionContext): Promise<void> =>
  write((w, c) => w.decide(c, 'custom', choices, context));

/**
 * Forgets the decision: the consent cookie is deleted and the visitor is asked again.
 * What was granted is withdrawn (traces removed, page reloaded by default).
 *
 * @example
 * cookiegate.reset();
 */
export const reset = (context?: DecisionContext): Promise<void> => write((w, c) => w.decide(c, 'forget', {}, context));

/**
 * The visitor's receipt from the consent-proof server (`proofEndpoint`): their records with
 * inclusion proofs and the signed tree head they verify against, so that the visitor or an
 * authority can check them without trusting the site's database. Null before a decision.
 *
 * @example
 * const r = await cookiegate.receipt(); // { consentId, records: [...], treeHead, ... }
 */
export const receipt = (): Promise<unknown> => write((w, c) => w.receipt(c));
