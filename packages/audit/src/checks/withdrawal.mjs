/**
 * Withdrawal: C13 (as easy as consent) and C14 (it takes effect).
 */
import { grantsOptional } from '../site-state.mjs';
import { few, judge } from './catalogue.mjs';

/**
 * C13: on another page, the site's own control opens the choice in one interaction and
 * withdrawal completes in one more.
 *
 * @example
 * c13(vp.accept, config);
 */
export function c13(accept, config) {
  if (!accept?.ok) return judge('C13', 'n/a', `accept phase failed: ${accept?.error}`);
  if (!accept.clicked) return judge('C13', 'n/a', 'no accept control: nothing to withdraw');
  if (!accept.control)
    return judge(
      'C13',
      'fail',
      'after accepting, no control to reopen the choice (floating button or footer link) on the next page',
    );
  if (!accept.withdrawn)
    return judge('C13', 'fail', [...accept.steps, 'no “reject all” or “withdraw” in what it opened']);
  if (grantsOptional(accept.afterWithdrawal.state.consent, config))
    return judge('C13', 'fail', [...accept.steps, 'cookiegate still reports consent granted']);
  return judge('C13', 'pass', [`${accept.steps.length} interactions`, ...accept.steps]);
}

const FOUR = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];

/**
 * C14: after withdrawal (and a reload), no tracker cookie is left, no tracker is contacted,
 * and the vendors were told (Consent Mode update, `fbq('consent','revoke')`, UET).
 *
 * @example
 * c14(vp.accept);
 */
export function c14(accept) {
  if (!accept?.ok || !accept.clicked) return judge('C14', 'n/a', 'nothing was accepted');
  if (!accept.withdrawn) return judge('C14', 'n/a', 'could not withdraw (see C13)');
  const a = accept.afterWithdrawal;
  const problems = [];
  const left = a.cookies.filter((c) => c.tracker && c.firstParty);
  if (left.length) problems.push(`tracker cookies left: ${few(left.map((c) => c.name))}`);
  if (a.trackers.length) problems.push(`tracker requests after withdrawal: ${few(a.trackers.map((r) => r.host))}`);
  const calls = accept.rec.consentCalls;
  const gcm = calls.filter((c) => c.kind == 'dataLayer' && c.args[0] == 'consent');
  const told = [];
  const after = gcm.filter((c) => c.phase == 'withdrawal' || c.phase == 'after withdrawal');
  if (gcm.some((c) => c.phase == 'after accept')) {
    // The page where the visitor withdraws must update to denied; any page after it (a
    // reload) must end denied too, by default or update.
    const denied = (c) => FOUR.every((k) => c.args[2]?.[k] == 'denied');
    if (!after.some((c) => c.args[1] == 'update' && denied(c)))
      problems.push(`no Consent Mode update with ${FOUR.join(', ')} denied on withdrawal`);
    else if (!denied(after[after.length - 1]))
      problems.push(`the last Consent Mode command does not deny all of ${FOUR.join(', ')}`);
    else told.push('Consent Mode updated to denied');
  }
  const fbq = calls.filter((c) => c.kind == 'fbq');
  if (fbq.some((c) => c.args[0] == 'init')) {
    if (
      !fbq.some(
        (c) => c.args[0] == 'consent' && c.args[1] == 'revoke' && c.phase != 'before' && c.phase != 'after accept',
      )
    )
      problems.push("fbq('consent', 'revoke') not called");
    else told.push("fbq('consent', 'revoke')");
  }
  const uet = calls.filter((c) => c.kind == 'uetq' && c.args[0] == 'consent');
  if (uet.length && !uet.some((c) => c.args[1] == 'update' && c.args[2]?.ad_storage == 'denied'))
    problems.push("uetq consent update with ad_storage 'denied' not pushed");
  if (problems.length) return judge('C14', 'fail', problems);
  return judge('C14', 'pass', ['no tracker cookie or request after withdrawal', ...told]);
}
