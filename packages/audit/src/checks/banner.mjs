/**
 * The banner's first layer: C4, C5, C10, C11 (per viewport) and closing it, C12.
 */
import { few, judge } from './catalogue.mjs';
import { grantsOptional } from '../site-state.mjs';

/** Whether a phase saw nothing that needs consent (then a missing banner is fine). */
const nothingNeedsConsent = (before, accept) =>
  before.first.trackers.length == 0 &&
  !before.first.cookies.some((c) => c.tracker) &&
  !(accept?.trackers?.length || accept?.cookies?.some((c) => c.tracker));

/**
 * C4: a reject control on the first layer, visible without scrolling, that closes the
 * banner in one click and leaves everything denied.
 *
 * @example
 * c4(vp.before, vp.reject, vp.accept, config);
 */
export function c4(before, reject, accept, config) {
  if (!before?.ok) return judge('C4', 'n/a', `could not load: ${before?.error}`);
  const b = before.banner;
  if (!b.shown)
    return nothingNeedsConsent(before, accept)
      ? judge('C4', 'n/a', 'no banner, and nothing that needs consent was seen')
      : judge('C4', 'fail', 'no banner found (no accept or reject control), yet trackers or tracker cookies were seen');
  if (!b.reject)
    return judge('C4', 'fail', `no reject control on the first layer (accept: “${b.accept?.name ?? '—'}”)`);
  const problems = [];
  if (b.reject.inViewport === false) problems.push(`reject “${b.reject.name}” not visible in the initial viewport`);
  if (!reject?.ok) problems.push(`reject phase failed: ${reject?.error}`);
  else if (!reject.clicked || reject.clicked.error)
    problems.push(`could not click “${b.reject.name}”${reject.clicked?.error ? ': ' + reject.clicked.error : ''}`);
  else {
    if (!reject.bannerClosed)
      problems.push(
        `the banner stayed open after the click (still shown: ${few(reject.stillShown ?? [])}; stored: ${reject.state.consent ? 'a decision' : 'nothing'})`,
      );
    if (reject.trackers.length)
      problems.push(`tracker requests after reject: ${few(reject.trackers.map((r) => r.host))}`);
    const cookies = reject.cookies.filter((c) => c.tracker);
    if (cookies.length) problems.push(`tracker cookies after reject: ${few(cookies.map((c) => c.name))}`);
    if (grantsOptional(reject.state.consent, config))
      problems.push('cookiegate reports an optional category granted after reject');
  }
  if (problems.length) return judge('C4', 'fail', problems);
  const slow =
    typeof reject.closedAfterMs == 'string' || reject.closedAfterMs > 2000
      ? ` (after ${typeof reject.closedAfterMs == 'string' ? reject.closedAfterMs : reject.closedAfterMs} ms)`
      : '';
  return judge(
    'C4',
    'pass',
    `“${b.reject.name}” (${b.reject.role}) in view; one click closed the banner${slow}; nothing tracked afterwards`,
  );
}

/**
 * C5: reject is a button as prominent as accept, with readable contrast.
 *
 * @example
 * c5(vp.before);
 */
export function c5(before) {
  if (!before?.ok) return judge('C5', 'n/a', `could not load: ${before?.error}`);
  const { accept: a, reject: r } = before.banner;
  if (!a || !r) return judge('C5', 'n/a', !a ? 'no accept control found' : 'no reject control found (see C4)');
  if (!r.tag || !a.tag)
    return judge(
      'C5',
      'n/a',
      `could not measure the controls${before.banner.measureError ? ': ' + before.banner.measureError : ''}`,
    );
  const fails = [];
  const warns = [];
  if (r.role != 'button')
    fails.push(
      `reject “${r.name}” is a ${r.role || r.tag}${r.inText ? ' in the text' : ''}, not a button (accept is a ${a.role})`,
    );
  if (r.textContrast < 4.5) fails.push(`reject text contrast ${r.textContrast.toFixed(2)}:1 < 4.5:1`);
  const area = (r.box.width * r.box.height) / Math.max(1, a.box.width * a.box.height);
  if (area < 0.8 || area > 1.25) warns.push(`reject/accept area ratio ${area.toFixed(2)}`);
  if (Math.abs(r.fontSize - a.fontSize) > 1) warns.push(`font size ${r.fontSize}px vs ${a.fontSize}px`);
  if (r.fontWeight != a.fontWeight) warns.push(`font weight ${r.fontWeight} vs ${a.fontWeight}`);
  if (r.opacity < 0.9) warns.push(`reject opacity ${r.opacity}`);
  if (r.backgroundContrast < 0.5 * a.backgroundContrast)
    warns.push('reject stands out from the banner far less than accept');
  if (fails.length) return judge('C5', 'fail', [...fails, ...warns]);
  if (warns.length) return judge('C5', 'warn', warns);
  return judge(
    'C5',
    'pass',
    `both buttons; area ratio ${area.toFixed(2)}, ${r.fontSize}px/${a.fontSize}px, reject contrast ${r.textContrast.toFixed(1)}:1`,
  );
}

/**
 * C10: the banner's language is the page's.
 *
 * @example
 * c10(vp.before);
 */
export function c10(before) {
  if (!before?.ok || !before.banner.shown)
    return judge('C10', 'n/a', before?.ok ? 'no banner' : `could not load: ${before?.error}`);
  const primary = (l) => (l || '').toLowerCase().split('-')[0];
  if (before.banner.measureError)
    return judge('C10', 'n/a', `could not read the banner: ${before.banner.measureError}`);
  const { lang, htmlLang } = before.banner;
  if (!htmlLang) return judge('C10', 'warn', 'the page declares no <html lang>');
  if (lang && primary(lang) != primary(htmlLang))
    return judge('C10', 'warn', `banner lang="${lang}", page lang="${htmlLang}"`);
  return judge('C10', 'pass', `banner and page in “${primary(lang || htmlLang)}”`);
}

/**
 * C11: with the banner open the content stays readable, or a reject option exists.
 *
 * @example
 * c11(vp.before);
 */
export function c11(before) {
  if (!before?.ok || !before.banner.shown)
    return judge('C11', 'n/a', before?.ok ? 'no banner' : `could not load: ${before?.error}`);
  const { covered, hidden, scrollLocked } = before.wall;
  const blocked = covered || hidden;
  const how = [
    covered && 'the content is covered by an opaque overlay',
    hidden && 'the content is inert or aria-hidden',
    scrollLocked && 'scrolling is locked',
  ].filter(Boolean);
  if (blocked && !before.banner.reject)
    return judge('C11', 'fail', [...how, 'and there is no way to refuse: a cookie wall']);
  if (blocked || scrollLocked) return judge('C11', 'warn', how);
  return judge('C11', 'pass', 'content readable and scrollable with the banner open');
}

/**
 * C12: the close control grants nothing.
 *
 * @example
 * c12(vp.close, config);
 */
export function c12(close, config) {
  if (!close?.ok) return judge('C12', 'n/a', `close phase failed: ${close?.error}`);
  if (!close.clicked) return judge('C12', 'n/a', 'the banner has no close control');
  const problems = [];
  if (close.trackers.length) problems.push(`tracker requests after closing: ${few(close.trackers.map((r) => r.host))}`);
  if (close.cookies.length) problems.push(`tracker cookies after closing: ${few(close.cookies.map((c) => c.name))}`);
  if (grantsOptional(close.state.consent, config)) problems.push('cookiegate reports consent granted after closing');
  if (problems.length) return judge('C12', 'fail', [`closed with “${close.clicked.name}”`, ...problems]);
  return judge(
    'C12',
    'pass',
    `closed with “${close.clicked.name}”: nothing granted${close.bannerShownAgain ? ', banner shown again on the next page' : ''}`,
  );
}
