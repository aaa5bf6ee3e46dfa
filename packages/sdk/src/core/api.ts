import { atom, type ReadableAtom } from 'nanostores';
import type { PresetBlocking } from '../services/preset';
import type { Problem } from './check';
import type { CookieDeclaration, ResolvedConfig } from './config';
import { readConsent } from './cookie';
import { fail } from './dom';
import { startVendors } from '../blocker/start';
import { createGate } from './gate';
import { showBanner, showPreferences } from './launcher';
import { withPreset } from './resolve';
import { isRequired, servicesWhere, type ConsentState } from './state';
import type { Core, DecisionContext, Writer } from './types';
import type { startConsentApis } from './vendor-consent';

const PREFIX = '[cookiegate]';
let config: ResolvedConfig | null = null;
let initialised = false;
// Settles once the config has been checked (at once in the ESM build).
let checking: Promise<unknown> = Promise.resolve();
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

/**
 * The vendor presets for `start`: their blocking data and the code that starts their
 * consent APIs (in the script-tag build both come from cookiegate-presets.js).
 *
 * @example
 * start(readConfig(input, PRESETS), problems, report, load, ready, { PRESETS, startConsentApis });
 */
export interface PresetKit {
  PRESETS: Record<string, PresetBlocking>;
  startConsentApis?: typeof startConsentApis;
}

/** A listener for decisions: the new state (null after `reset()`) and the one before. */
export type ChangeListener = (consent: ConsentState | null, previous: ConsentState | null) => void;

/**
 * Starts cookiegate with a configuration (resolved by `readConfig`; null when unreadable).
 * `checked` is what checking the config found: its problems (the ESM build checks at once,
 * and so does the script-tag build where this browser checked this very config before),
 * or a promise of them (the script-tag build loading its checker). Blocking starts at
 * once; until the config is known to be valid nothing runs and no third-party host is
 * contacted, and an invalid config stays that way (fails closed). `report` receives the
 * problems; `load` brings the code that stores decisions, which only a page where someone
 * decides needs; `ready` runs once the config is valid (the UI starts there).
 *
 * One sequence for both builds: (1) with the problems known now, the config and the stored
 * decision are adopted first, so that Consent Mode's default and the blocker start from that
 * decision; (2) the vendors start (Consent Mode, Meta, the blocker); (3) once the problems are
 * known, the decision is applied: what waits is let through, the markup gate opens, a
 * re-prompt and queued proofs are sent, and `ready` runs.
 *
 * `kit` is the vendor presets, or a promise of them (the script-tag head carries none: it
 * loads `cookiegate-presets.js` when the config names a preset; `resolved` then lacks the
 * presets' fields, which are filled in when they come). Until they are there the config
 * counts as unchecked: nothing third-party passes. Google Consent Mode starts at once from
 * the preset names (a returning visitor's stored choice as its default); the other vendors'
 * consent APIs when the config is adopted, before any vendor script may load.
 *
 * @example
 * start(readConfig(input, PRESETS), findProblems(input, PRESETS), printProblems, () => Promise.resolve(writer), undefined, { PRESETS });
 */
export function start(
  resolved: ResolvedConfig | null,
  checked: Problem[] | Promise<Problem[]>,
  report: (problems: Problem[]) => void,
  load: () => Promise<Writer>,
  ready: ((config: ResolvedConfig) => void) | undefined,
  kit: PresetKit | Promise<PresetKit>,
): void {
  if (initialised) return console.warn(PREFIX, 'init() was already called; ignored');
  initialised = true;
  loadWriter = load;
  const later = kit instanceof Promise;
  let apis: (() => void) | undefined;
  // Reports the problems and, when there is no error among them, makes the config and its stored decision count.
  const adopt = (problems: Problem[], k: PresetKit) => {
    if (problems.length) report(problems);
    if (!resolved || problems.some((p) => !p.w)) return;
    // Filled in where the blocker and Consent Mode already look.
    if (later)
      for (const id in resolved.services) resolved.services[id] = withPreset(resolved.services[id]!, k.PRESETS);
    config = resolved;
    const stored = readConsent(config);
    previousId = stored.staleId;
    $state.set(stored.state);
    // From the stored decision, before a vendor script the store change released can run.
    apis = k.startConsentApis?.(config, accepted, report);
  };
  const settle = () => {
    if (!config) return;
    // Without a stored decision the store did not change: let through what required services wait for.
    if (!$state.get()) release();
    $state.listen(createGate(accepted).release);
    // An expired decision (expiry.ts) is gone: that is evidence too. Proofs an earlier page
    // could not send are sent now.
    if (config.proofEndpoint && pending(!$state.get())) write((w, core) => w.retry(core));
    // A decision on another revision: the write path asks again about what is new to the
    // visitor (and cleans up after what it does not keep), before the UI starts.
    if (previousId)
      return void write((w, core) => w.reprompt(core))
        .catch(fail)
        .then(() => ready?.(config!));
    // No decision counts (none yet, expired): what refused services left behind goes as on
    // a withdrawal, so that a later consent starts with new identifiers.
    if (!$state.get() && leftovers(config)) write((w, core) => Promise.resolve(w.cleanStale(core)));
    ready?.(config);
  };
  const now = Array.isArray(checked) && !later && checked;
  if (now) adopt(now, kit as PresetKit);
  // While the presets load, Consent Mode's default already says a returning visitor's
  // stored choice (Google's tags stay blocked until the config is valid).
  let early: ConsentState | null = null;
  try {
    if (later && resolved) early = readConsent(resolved).state;
  } catch {
    // Unreadable: the default is denied.
  }
  const known = (id: string) =>
    accepted(id) || (!config && !!early && (isRequired(resolved!, id) || early.decisions[id] === true));
  // An embed placeholder's "always allow": that service granted, the rest as decided.
  const grant = (id: string) => void save({ ...$state.get()?.decisions, [id]: true }).catch(fail);
  // Consent Mode, Matomo's consent requirement and automatic blocking of vendors'
  // unmodified snippets. A config that breaks them still gets the blocker, closed for good.
  let release: () => void;
  try {
    release = startVendors(
      resolved,
      $state,
      known,
      report,
      () => !!config,
      () => apis?.(),
      grant,
    );
  } catch {
    release = startVendors(null, $state, accepted, report, () => false);
  }
  if (now) return settle();
  checking = Promise.all([checked, kit])
    .then(
      ([problems, k]) => adopt(problems, k),
      (e) => (fail(e), adopt([{ path: 'config', code: 'unchecked' }], { PRESETS: {} })),
    )
    .then(settle);
}

/**
 * Whether an id (category or service) may run now: a required one always, any other only
 * after the visitor granted it; nothing before the config is known to be valid (in the
 * script-tag build, on the first page where a browser meets a config, until
 * `cookiegate-check.js` has checked it).
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
export const onChange = (listener: ChangeListener): (() => void) =>
  $state.listen((c, prev) => listener(c, prev ?? null));

/**
 * Whether a service that is not required may have left a cookie or a storage key: a cheap
 * superset test (the start of a declared name appears in `document.cookie` or among the
 * storage keys), so that the write path is loaded only where there may be something to remove.
 * The jar is read once: every read of `document.cookie` asks the browser's cookie store.
 */
const leftovers = (cfg: ResolvedConfig): boolean => {
  let here = document.cookie;
  try {
    here += Object.keys({ ...localStorage, ...sessionStorage });
  } catch {
    // Storage disabled: nothing can be left there.
  }
  return servicesWhere(cfg, (s) =>
    (s.cookies || [])
      .concat(s.storage || [])
      .some((c) => here.includes(((c as CookieDeclaration).name || (c as string)).split('*')[0]!)),
  ).some((id) => !isRequired(cfg, id));
};

const pending = (undecided: boolean) => {
  try {
    return !!(localStorage.getItem('cookiegate:proofs') || (undecided && localStorage.getItem('cookiegate:decided')));
  } catch {
    return false;
  }
};

function write<T>(f: (w: Writer, core: Core) => Promise<T>): Promise<T> {
  if (!initialised) return Promise.reject(new Error('cookiegate: call init(config) first'));
  return checking.then(() => {
    if (!config) throw new Error('cookiegate: invalid config, nothing was stored');
    const core = { config, store: $state, previousId };
    return (writer ||= loadWriter()).then((w) => f(w, core));
  });
}

/**
 * Grants every category and service (with Global Privacy Control: all but the advertising
 * ones, which only an explicit `save()` grants). Resolves once the decision is stored.
 *
 * @example
 * acceptButton.onclick = () => cookiegate.acceptAll();
 */
export const acceptAll = (context?: DecisionContext): Promise<void> =>
  write((w, c) => w.decide(c, 'accept_all', {}, context));

/**
 * Refuses every category and service that is not required; withdraws earlier consent.
 * Resolves once the decision is stored.
 *
 * @example
 * rejectButton.onclick = () => cookiegate.rejectAll();
 */
export const rejectAll = (context?: DecisionContext): Promise<void> =>
  write((w, c) => w.decide(c, 'reject_all', {}, context));

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
export const reset = (context?: DecisionContext): Promise<void> =>
  write((w, c) => w.decide(c, 'withdraw', {}, context));

/**
 * The visitor's receipt from the consent-proof server (`proofEndpoint`): their records with
 * inclusion proofs and the signed tree head they verify against, so that the visitor or an
 * authority can check them without trusting the site's database; `consistency` says whether
 * its tree head is consistent with the newest one this browser saw before. Null before a decision.
 *
 * @example
 * const r = await cookiegate.receipt(); // { consentId, chainKey, treeHeads: [...], entries: [...], consistency: { status: 'consistent' } }
 */
export const receipt = (): ReturnType<Writer['receipt']> => write((w, c) => w.receipt(c));

/**
 * The public API as one object: `window.cookiegate` in the script-tag build, and what the UI
 * is handed in both builds.
 *
 * @example
 * window.cookiegate = api;
 */
export const api = {
  accepted,
  acceptAll,
  rejectAll,
  save,
  reset,
  getConsent,
  getConfig,
  showBanner,
  showPreferences,
  onChange,
  receipt,
};
