/**
 * C22: the choice is keyboard-reachable with visible focus, and axe finds nothing serious in
 * the banner.
 */
import { judge } from './catalogue.mjs';

/**
 * C22 at one viewport.
 *
 * @example
 * c22(vp.before);
 */
export function c22(before) {
  if (!before?.ok || !before.banner.shown)
    return judge('C22', 'n/a', before?.ok ? 'no banner' : `could not load: ${before?.error}`);
  const k = before.keyboard;
  const problems = [];
  if (!k.reachedAccept && before.banner.accept) problems.push(`Tab did not reach accept in ${k.presses} presses`);
  if (!k.reachedReject && before.banner.reject) problems.push(`Tab did not reach reject in ${k.presses} presses`);
  if ((k.reachedAccept || k.reachedReject) && !k.focusVisible) problems.push('no visible focus indicator');
  for (const v of before.axe) problems.push(`axe ${v.impact}: ${v.id} (${v.help}, ${v.nodes} node(s))`);
  if (problems.length) return judge('C22', 'warn', problems);
  return judge(
    'C22',
    'pass',
    `Tab reaches accept and reject (${k.presses} presses) with visible focus; axe: no serious violation in the banner`,
  );
}
