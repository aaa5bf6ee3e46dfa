/**
 * Re-prompts that respect a refusal: when the config's revision was raised after a visitor
 * decided, they are asked again only about what is new to them. Not in the head script,
 * which only notices a decision made on another revision: the ESM build bundles this with
 * the write path, the script-tag build loads it as `cookiegate-reprompt.js` only then.
 */
import type { ResolvedConfig } from './config';
import { parseConsent } from './cookie';
import { allIds, has, isRequired, resolveDecisions, servicesOf, type ConsentState } from './state';

/**
 * What a re-prompt asks, and what the visitor's earlier decision keeps meanwhile.
 *
 * @example
 * const { asked, choices } = planReprompt(config, { revision: 1, decisions });
 */
export interface RepromptPlan {
  /** The category and service ids the visitor is asked about (none: the decision carries over as it is). */
  asked: string[];
  /** Choices for `resolveDecisions`: the earlier decision of every id not asked, and `false` for the asked ones until the visitor answers. */
  choices: Record<string, boolean>;
}

/**
 * A re-prompt, planned: the decision carried to this revision (`state`: the ids asked about
 * refused, the rest as decided, its id, time and expiry kept), the ids `asked`, and whether
 * the decision is `kept` (false: it expired, or everything is new to the visitor; then the
 * store stays empty and the banner asks about everything, as on a first visit).
 *
 * @example
 * const { state, asked, kept } = stalePlan(config, previousId);
 */
export interface Stale {
  state: ConsentState;
  asked: string[];
  kept: boolean;
}

/**
 * Plans the re-prompt of a visitor who decided on an earlier revision (`stored`: its
 * revision and its decisions as stored, which name every id decided on). The rule:
 * - a category is asked about (with its services) when the visitor never decided on it
 *   (added since) or its `purposeChanged` is later than their decision: a new purpose;
 * - a service is asked about when its `purposeChanged` is later than their decision, or
 *   when it was added since and the visitor did not refuse its whole category: consent is
 *   given per recipient, so consent to a category does not stretch to a vendor added later;
 * - a service added to a category the visitor refused as a whole stays refused, unasked:
 *   its purpose was refused, and asking again for the same purpose is what a refusal's
 *   period rules out (EU Digital Omnibus proposal, Art. 88a; CNIL);
 * - everything else keeps the visitor's decision: accepted stays accepted, refused stays
 *   refused. A revision that only changed texts asks nothing, and leaves no proof record:
 *   nothing was shown or answered (README, "Re-prompts that respect a refusal").
 * Required categories and their services are never asked.
 *
 * @example
 * planReprompt(
 *   { ...config, revision: 2 }, // marketing added in revision 2
 *   { revision: 1, decisions: { necessary: true, analytics: false, ga4: false } },
 * ); // { asked: ['marketing', 'meta'], choices: { analytics: false, ga4: false, marketing: false, meta: false } }
 */
export function planReprompt(
  config: ResolvedConfig,
  stored: { revision: number; decisions: Record<string, boolean> },
): RepromptPlan {
  const asked: string[] = [];
  const choices: Record<string, boolean> = {};
  const old = stored.decisions;
  const changed = (p: { purposeChanged?: number }) => (p.purposeChanged ?? 0) > stored.revision;
  const ask = (id: string) => (asked.push(id), (choices[id] = false));
  for (const cat in config.categories) {
    const c = config.categories[cat]!;
    if (c.required) continue;
    const services = servicesOf(config, cat);
    if (!has(old, cat) || changed(c)) {
      ask(cat);
      services.forEach(ask);
      continue;
    }
    // Refused as a whole: the category and every service of it decided on were refused.
    const refused = !old[cat] && !services.some((s) => old[s] === true);
    for (const s of services) {
      if (changed(config.services[s]!)) ask(s);
      else if (has(old, s)) choices[s] = old[s] === true;
      else if (refused) choices[s] = false;
      else ask(s);
    }
    if (!services.length) choices[cat] = old[cat] === true;
  }
  return { asked, choices };
}

/**
 * The stored decision if it was made on another revision and has not expired, as it was
 * stored (its own ids; no prototype, so that an id such as `__proto__` is a plain entry).
 *
 * @example
 * const old = readStale(config); // { id, revision: 1, decidedAt, expiresAt, decisions: { analytics: false, ... } }
 */
export function readStale(config: ResolvedConfig, now = Date.now()): ConsentState | null {
  // As the head script reads it (cookie.ts): the name is checked, the value needs no decoding.
  const p = parseConsent(document.cookie.match('(?:^|; )' + config.cookie.name + '=([^;]*)')?.[1]);
  if (!p || p[2] === String(config.revision) || !(parseInt(p[4]!, 36) * 1000 > now)) return null;
  const decisions: Record<string, boolean> = Object.create(null);
  for (const i of p[7] ? p[7].split('+') : []) decisions[i] = false;
  for (const i of p[6] ? p[6].split('+') : []) decisions[i] = true;
  return {
    id: p[1]!,
    revision: +p[2]!,
    decidedAt: parseInt(p[3]!, 36) * 1000,
    expiresAt: parseInt(p[4]!, 36) * 1000,
    decisions,
    ...(p[5]!.includes('g') && { gpc: true }),
  };
}

/**
 * Plans the re-prompt of the decision stored under `id` on another revision. The script-tag
 * build loads this from `cookiegate-reprompt.js`, only then.
 *
 * @example
 * const stale = stalePlan(config, previousId);
 * if (stale.kept && !stale.asked.length) writeConsent(config, stale.state); // a text-only revision: carried over
 */
export function stalePlan(config: ResolvedConfig, id: string, now = Date.now()): Stale {
  const old = readStale(config, now);
  const { asked, choices } = old
    ? planReprompt(config, old)
    : { asked: allIds(config).filter((i) => !isRequired(config, i)), choices: {} };
  return {
    state: {
      ...(old || { id, decidedAt: now, expiresAt: now }),
      revision: config.revision,
      decisions: resolveDecisions(config, choices),
    },
    asked,
    // Asked about every id that is not required: nothing is kept.
    kept: !!old && !(asked.length && asked.length == allIds(config).filter((i) => !isRequired(config, i)).length),
  };
}
