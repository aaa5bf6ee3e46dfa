/**
 * Signals to vendors and from the browser: C19 (Google Consent Mode default first) and C20
 * (Global Privacy Control).
 */
import { grantsOptional } from '../site-state.mjs';
import { few, judge } from './catalogue.mjs';

const FOUR = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];

/**
 * C19: `consent default` with the four types denied comes before any `config` or `event`.
 *
 * @example
 * c19([vp.before, vp.accept]);
 */
export function c19(phases) {
  const calls = phases.flatMap((p) => (p?.rec ? p.rec.consentCalls.filter((c) => c.kind == 'dataLayer') : []));
  const google = phases.some((p) => p?.rec?.requests.some((r) => /google/.test(r.preset ?? '')));
  if (!calls.length && !google) return judge('C19', 'n/a', 'no Google tag and no dataLayer');
  // Judge each page view's dataLayer from its beginning: the calls of one phase in order.
  const problems = [];
  for (const p of phases) {
    const cs = p?.rec?.consentCalls.filter((c) => c.kind == 'dataLayer') ?? [];
    if (!cs.length) continue;
    const firstUse = cs.findIndex((c) => c.args[0] == 'config' || c.args[0] == 'event');
    const def = cs.findIndex((c) => c.args[0] == 'consent' && c.args[1] == 'default');
    if (firstUse >= 0 && (def < 0 || def > firstUse))
      problems.push(`“${cs[firstUse].args[0]} ${cs[firstUse].args[1] ?? ''}” before any consent default`);
    else if (def >= 0 && !FOUR.every((k) => cs[def].args[2]?.[k] == 'denied'))
      problems.push(`default does not deny all of ${FOUR.join(', ')}: ${JSON.stringify(cs[def].args[2])}`);
  }
  if (problems.length) return judge('C19', 'fail', [...new Set(problems)]);
  if (!calls.length) {
    // Google tags only after consent, without Consent Mode: nothing to order, but Google's
    // own EEA requirements are not met.
    const early = phases.some((p) =>
      p?.rec?.requests.some((r) => /google/.test(r.preset ?? '') && r.phase == 'before'),
    );
    return early
      ? judge('C19', 'fail', 'Google tags before consent and no Consent Mode default')
      : judge('C19', 'n/a', 'no Consent Mode (no dataLayer); Google tags run only after consent');
  }
  if (!calls.some((c) => c.args[0] == 'consent')) return judge('C19', 'fail', 'dataLayer used but no consent default');
  return judge('C19', 'pass', `consent default (${FOUR.join(', ')} denied) before any config or event`);
}

/**
 * C20: with GPC nothing optional is granted without a click, and a decision records it.
 *
 * @example
 * c20(gpc, config);
 */
export function c20(gpc, config) {
  if (!gpc?.ok) return judge('C20', 'n/a', `GPC phase failed: ${gpc?.error}`);
  const problems = [];
  if (gpc.trackers.length)
    problems.push(`tracker requests with GPC and no click: ${few(gpc.trackers.map((r) => r.host))}`);
  if (gpc.cookies.length)
    problems.push(`tracker cookies with GPC and no click: ${few(gpc.cookies.map((c) => c.name))}`);
  if (grantsOptional(gpc.state.consent, config)) problems.push('cookiegate reports consent granted without a click');
  if (gpc.recorded && !gpc.recorded.gpc) problems.push('the decision made with GPC does not record gpc: true');
  if (problems.length) return judge('C20', 'fail', problems);
  return judge('C20', 'pass', [
    'nothing granted with Sec-GPC: 1 and no click',
    gpc.recorded ? 'the decision records gpc: true' : 'the record’s gpc flag: unknown (not cookiegate)',
  ]);
}
