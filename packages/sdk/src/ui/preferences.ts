/**
 * The preferences (second layer): a modal dialog with a switch per category and per service.
 * Hand-written with DOM calls, as the banner is (banner.ts): preact was 4 kB of the details
 * file's 7.7 and each language's file has a 4.2 kB budget (issue 16). Built once per opening;
 * a switch then only updates the switches' `checked` in place, so that focus stays on the
 * switch that was toggled. Every text goes in as a text node or an attribute, never as HTML.
 */
import { button, el, type Ctx } from './banner';
import { cookieTable } from './cookie-table';
import { safeUrl } from './model';
import { fmt } from './texts';

/** Props of the preferences dialog. */
export interface PreferencesProps {
  ctx: Ctx;
  /** The switches' state. */
  on: Record<string, boolean>;
  /** Switches a category (with its services) or a service. */
  toggle(id: string, value: boolean): void;
  surface: 'preferences' | 'floating';
  close(): void;
}

const on = <E extends HTMLElement>(e: E, type: string, f: (ev: Event) => void): E => (e.addEventListener(type, f), e);

// Focus stays inside the dialog while it is open.
function trap(e: KeyboardEvent) {
  if (e.key != 'Tab') return;
  const d = e.currentTarget as HTMLDialogElement;
  const all = Array.from(d.querySelectorAll<HTMLElement>('button,input:not([disabled]),summary,a[href]')).filter(
    (x) => x.getClientRects().length,
  );
  const active = (d.getRootNode() as ShadowRoot).activeElement;
  const [first, last] = [all[0], all[all.length - 1]];
  if (e.shiftKey ? active == first || active == d : active == last) {
    e.preventDefault();
    (e.shiftKey ? last : first)?.focus();
  }
}

/** The dialog open in each box, with the props of its last rendering (its handlers read them). */
type Open = { d: HTMLDialogElement; p: PreferencesProps };
const open = new WeakMap<Element, Open>();

/** Builds the dialog; `p()` are the current props (they change with each switch). */
function build(p: () => PreferencesProps): HTMLDialogElement {
  const { ctx } = p();
  const { t, cats } = ctx;
  const sw = (id: string, disabled: boolean, described?: string | false) =>
    on(
      el('input', {
        type: 'checkbox',
        role: 'switch',
        id: 'cg-' + id,
        ...(disabled && { disabled: '' }),
        ...(described && { 'aria-describedby': described }),
      }),
      'change',
      (e) => p().toggle(id, (e.currentTarget as HTMLInputElement).checked),
    );
  const decide = (how: Parameters<Ctx['decide']>[1]) => () => ctx.decide(p().surface, how);
  const d = el(
    'dialog',
    {
      class: 'cg',
      tabindex: '-1',
      'aria-modal': 'true',
      'aria-labelledby': 'cg-pt',
      'aria-describedby': 'cg-pd',
      lang: ctx.lang,
    },
    el(
      'div',
      { class: 'hd' },
      el('h2', { id: 'cg-pt' }, t.settings),
      el('p', { id: 'cg-pd', class: 'd' }, t.prefsIntro, ctx.gpc && ' ' + fmt(t.gpc, { accept: t.acceptAll })),
      on(el('button', { type: 'button', class: 'x', 'aria-label': t.close }, '×'), 'click', () => p().close()),
    ),
    el(
      'div',
      { class: 'bd' },
      ...cats.map((c) =>
        el(
          'section',
          { class: 'cat', 'aria-labelledby': 'cg-h-' + c.id },
          el(
            'div',
            { class: 'row' },
            el('h3', { id: 'cg-h-' + c.id }, el('label', { for: 'cg-' + c.id }, c.title)),
            c.required && el('span', { class: 'd' }, t.alwaysOn),
            sw(c.id, c.required, !!c.description && 'cg-d-' + c.id),
          ),
          c.description && el('p', { class: 'd', id: 'cg-d-' + c.id }, c.description),
          c.services.length > 0 &&
            el(
              'ul',
              {},
              ...c.services.map((s) => {
                const url = safeUrl(s.privacyUrl);
                return el(
                  'li',
                  {},
                  el('div', { class: 'row' }, el('label', { for: 'cg-' + s.id }, s.title), sw(s.id, c.required)),
                  el(
                    'details',
                    {},
                    el('summary', {}, t.details),
                    el(
                      'div',
                      {},
                      s.vendor && el('p', {}, t.vendor + ': ' + s.vendor),
                      s.purpose && el('p', {}, t.purpose + ': ' + s.purpose),
                      s.description && el('p', {}, s.description),
                      url &&
                        el(
                          'p',
                          {},
                          el(
                            'a',
                            { href: url, target: '_blank', rel: 'noopener' },
                            fmt(t.privacy, { vendor: s.vendor || s.title }),
                          ),
                        ),
                      s.cookies.length > 0 && cookieTable(ctx, s.cookies),
                    ),
                  ),
                );
              }),
            ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'ft btns' },
      button('btn', t.acceptAll, decide(ctx.api.acceptAll)),
      button('btn', t.rejectAll, decide(ctx.api.rejectAll)),
      button(
        'btn',
        t.save,
        decide((c) => ctx.api.save(p().on, c)),
      ),
    ),
  );
  // Escape: closing is never consent.
  on(d, 'cancel', (e) => {
    e.preventDefault();
    p().close();
  });
  return on(d, 'keydown', trap as (e: Event) => void);
}

/**
 * Renders the preferences dialog into `box` (opening it as a modal the first time; later only
 * the switches change, in place), or with null closes and removes it.
 *
 * @example
 * showPreferences(box, { ctx, on, toggle, surface: 'preferences', close });
 */
export function showPreferences(box: Element, props: PreferencesProps | null): void {
  let cur = open.get(box);
  if (!props) {
    cur?.d.remove();
    open.delete(box);
    return;
  }
  if (!cur) {
    const s = { p: props } as Open;
    s.d = box.appendChild(build(() => s.p));
    open.set(box, (cur = s));
    s.d.showModal();
    s.d.focus();
  }
  cur.p = props;
  for (const i of cur.d.querySelectorAll('input')) i.checked = !!props.on[i.id.slice(3)];
}
