/**
 * Information before consent: C9, read from the banner and the policy page it links to,
 * without consenting.
 */
import { PRESETS } from '../trackers.mjs';
import { mentions } from '../vocabulary.mjs';
import { few, judge } from './catalogue.mjs';

/** How a preset's vendor is named in a text (the presets carry hosts, not vendor names). */
const VENDOR_WORDS = {
  google: /google/i,
  meta: /meta|facebook/i,
  smartlook: /smartlook/i,
  zendesk: /zendesk/i,
  youtube: /youtube|google/i,
  magento: /.*/,
};
const vendorOf = (preset) => Object.keys(VENDOR_WORDS).find((v) => preset.includes(v)) ?? preset;
const DURATION =
  /\b\d+\s*(?:dagar|dag|dygn|veckor|vecka|månader|månad|år|timmar|timme|minuter|days?|weeks?|months?|years?|hours?|minutes?|dage|måneder|uger|timer|päivää|kuukautta|vuotta|tage?n?|monate?n?|jahre?n?|stunden?)\b|\bP\d+[DMYW]\b|\bPT\d+H\b|session/i;
const PURPOSE =
  /statistik|analys|marknadsföring|annons|analytics|statistics|marketing|advertis|reklame|markedsføring|tilastointi|markkinointi|werbung|analyse/i;
const CONTROLLER =
  /\b(?:AB|Ltd|GmbH|A\/S|AS|ApS|Oy|Oyj|Inc|S\.r\.o\.|s\.r\.o\.|SE|AG)\b|org\.?\s*nr|organisationsnummer|CVR|Y-tunnus|Handelsregister/;

/**
 * C9: vendors, cookie lifetimes, purposes, the right to withdraw and the controller, on the
 * first layer or a policy page linked from it.
 *
 * @example
 * c9(vp.before, vp.accept, config);
 */
export function c9(before, accept, config) {
  if (!before?.ok) return judge('C9', 'n/a', `could not load: ${before?.error}`);
  if (!before.banner.shown && !accept?.clicked) return judge('C9', 'n/a', 'no banner');
  if (before.banner.measureError) return judge('C9', 'n/a', `could not read the banner: ${before.banner.measureError}`);
  const text = `${before.banner.text} ${before.policy?.text ?? ''}`;
  const fails = [];
  const warns = [];
  // (a) vendors: the config's, else those whose trackers ran after accept.
  if (config) {
    const vendors = Object.values(config.services)
      .filter((s) => !config.categories[s.category]?.required)
      .map((s) => s.vendor ?? (typeof s.title == 'string' ? s.title : s.title?.en));
    const missing = vendors.filter((v) => v && !text.includes(v.split(/[ ,(]/)[0]));
    if (missing.length) fails.push(`vendors not named: ${few(missing)}`);
  } else {
    const seen = [...new Set((accept?.trackers ?? []).filter((r) => r.preset).map((r) => vendorOf(r.preset)))];
    const missing = seen.filter((v) => !VENDOR_WORDS[v]?.test(text));
    if (missing.length) fails.push(`vendors whose trackers run after accept, not named: ${few(missing)}`);
  }
  // (b) every tracker cookie set after accept is declared, with lifetimes given.
  const stem = (c) => {
    const preset = c.preset && PRESETS[c.preset];
    const pattern = preset?.cookies
      ?.map((p) => (typeof p == 'string' ? p : p.name))
      .find((p) => p.includes('*') && new RegExp('^' + p.split('*')[0]).test(c.name));
    return pattern ? pattern.split('*')[0] : c.name;
  };
  const undeclared = (accept?.cookies ?? []).filter((c) => c.tracker && c.firstParty && !text.includes(stem(c)));
  if (undeclared.length) fails.push(`cookies not declared: ${few(undeclared.map((c) => c.name))}`);
  if ((accept?.cookies ?? []).some((c) => c.tracker) && !DURATION.test(before.policy?.text ?? text))
    fails.push('no cookie lifetimes given');
  if (!PURPOSE.test(text)) warns.push('no purpose (statistics, marketing…) found in the text');
  if (!mentions('withdrawText').test(text)) fails.push('the right to withdraw is not mentioned');
  if (!CONTROLLER.test(text)) warns.push('no controller identity (company name, registration number) found');
  const where = before.policy ? `banner and ${new URL(before.policy.url).pathname}` : 'banner (no policy page found)';
  if (fails.length) return judge('C9', 'fail', [...fails, ...warns, `read: ${where}`]);
  if (warns.length) return judge('C9', 'warn', [...warns, `read: ${where}`]);
  return judge('C9', 'pass', `vendors, cookies with lifetimes, purposes, withdrawal and controller named (${where})`);
}
