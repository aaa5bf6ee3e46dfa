/**
 * The second layer: C6, C7, C8.
 */
import { mentions } from '../vocabulary.mjs';
import { few, judge } from './catalogue.mjs';

const necessary = mentions('necessary');
const legitimate = mentions('legitimateInterest');

/**
 * C6: no optional switch is on when the preferences first open.
 *
 * @example
 * c6(vp.prefs, vp.before);
 */
export function c6(prefs, before) {
  if (!prefs?.ok) return judge('C6', 'n/a', `preferences phase failed: ${prefs?.error}`);
  if (!prefs.opened)
    return judge('C6', 'n/a', before?.banner?.shown ? 'no second layer (no customize control) found' : 'no banner');
  const on = prefs.switches.filter((s) => s.checked && !s.disabled && !necessary.test(s.name));
  if (on.length) return judge('C6', 'fail', `pre-ticked: ${few(on.map((s) => `“${s.name}”`))}`);
  return judge(
    'C6',
    'pass',
    `${prefs.switches.length} switch(es) after “${prefs.opened.name}”; only necessary ones on`,
  );
}

/**
 * C7: no legitimate-interest toggle on by default.
 *
 * @example
 * c7(vp.prefs);
 */
export function c7(prefs) {
  if (!prefs?.ok || !prefs.opened) return judge('C7', 'n/a', 'no second layer found');
  const li = prefs.switches.filter((s) => legitimate.test(s.name));
  const on = li.filter((s) => s.checked);
  if (on.length)
    return judge('C7', 'fail', `legitimate-interest toggles on by default: ${few(on.map((s) => `“${s.name}”`))}`);
  return judge(
    'C7',
    'pass',
    li.length ? `${li.length} legitimate-interest toggle(s), all off` : 'no legitimate-interest toggle',
  );
}

const titles = (t) => (typeof t == 'string' ? [t] : Object.values(t ?? {}));

/**
 * C8: a control per optional category, and "save" stores exactly what was switched on.
 * Without cookiegate's API the site's categories are unknown.
 *
 * @example
 * c8(vp.prefs, config);
 */
export function c8(prefs, config) {
  if (!prefs?.ok || !prefs.opened) return judge('C8', 'n/a', 'no second layer found');
  const optional = prefs.switches.filter((s) => !s.disabled && !necessary.test(s.name));
  if (!config)
    return judge(
      'C8',
      'n/a',
      `unknown: ${optional.length} optional control(s) found (${few(optional.map((s) => `“${s.name}”`))}); the site's categories are not known to the audit`,
    );
  const cats = Object.entries(config.categories).filter(([, c]) => !c.required);
  const missing = cats.filter(
    ([, c]) =>
      !prefs.switches.some((s) => titles(c.title).some((t) => s.name.toLowerCase().includes(String(t).toLowerCase()))),
  );
  const problems = missing.map(([id]) => `no control for category “${id}”`);
  if (prefs.saved) {
    const on = Object.entries(prefs.saved.consent?.decisions ?? {}).filter(
      ([id, v]) => v && !config.categories[id]?.required && !config.categories[config.services[id]?.category]?.required,
    );
    const onCats = on.filter(([id]) => config.categories[id]).map(([id]) => id);
    const expect = cats
      .filter(([, c]) =>
        titles(c.title).some((t) => prefs.saved.toggled.toLowerCase().includes(String(t).toLowerCase())),
      )
      .map(([id]) => id);
    const serviceOn = on.filter(([id]) => config.services[id]).map(([id]) => id);
    const exact =
      onCats.length <= 1 && (expect.length ? onCats.every((c) => expect.includes(c)) : serviceOn.length <= 1);
    if (!exact)
      problems.push(
        `after switching on “${prefs.saved.toggled}” and saving, stored: ${few(on.map(([id]) => id)) || 'nothing'}`,
      );
  }
  if (problems.length) return judge('C8', 'fail', problems);
  return judge(
    'C8',
    'pass',
    `a control for each optional category (${cats.map(([id]) => id).join(', ')})${prefs.saved ? `; saving “${prefs.saved.toggled}” stored exactly that` : ''}`,
  );
}
