/**
 * The preferences dialog and the cookie declaration, with the presets' details: the
 * script-tag build loads them (cookiegate-ui-<lang>-presets.js) only when the preferences or
 * the declaration open, so that a visitor who answers the banner never downloads them.
 * They are rendered with preact, which comes in their file (the banner is plain DOM: banner.ts).
 */
import { h, render } from 'preact';
import type { ConsentState } from '../core/state';
import type { Ctx } from './banner';
import { FILE_HASH } from './file-hash';
import { formatLifetime } from './lifetime';
import { cookiesOf, safeUrl, type CategoryView, type CookieView, type PresetLookup } from './model';
import { DETAILS_CSS } from './style';
import { repromptCtx } from './reprompt';
import { fmt, type DetailsTexts } from './texts';

const btn = (label: string, onClick: () => void) => (
  <button type="button" class="btn" onClick={onClick}>
    {label}
  </button>
);

const closeBtn = (t: Ctx['t'], onClick: () => void) => (
  <button type="button" class="x" aria-label={t.close} onClick={onClick}>
    ×
  </button>
);

/** The choices shown on opening: the stored decision, else only the required ones on. */
export function initialChoices(cats: CategoryView[], consent: ConsentState | null): Record<string, boolean> {
  const on: Record<string, boolean> = {};
  for (const c of cats) {
    on[c.id] = c.required || consent?.decisions[c.id] === true;
    for (const s of c.services) on[s.id] = c.required || consent?.decisions[s.id] === true;
  }
  return on;
}

/**
 * The switches after one is switched: a category switches its services; a category with
 * services is on when all of them are.
 *
 * @example
 * switchChoice(cats, on, 'analytics', true) // { ..., analytics: true, stats: true }
 */
export function switchChoice(
  cats: CategoryView[],
  on: Record<string, boolean>,
  id: string,
  v: boolean,
): Record<string, boolean> {
  const out = { ...on, [id]: v };
  for (const c of cats) {
    if (c.id == id) for (const x of c.services) out[x.id] = v;
    if (c.services.length) out[c.id] = c.services.every((x) => out[x.id]);
  }
  return out;
}

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

// Focus stays inside the dialog while it is open.
function trap(e: KeyboardEvent) {
  if (e.key != 'Tab') return;
  const d = e.currentTarget as HTMLDialogElement;
  const all = Array.from(d.querySelectorAll<HTMLElement>('button,input:not([disabled]),summary,a[href]')).filter(
    (el) => el.getClientRects().length,
  );
  const active = (d.getRootNode() as ShadowRoot).activeElement;
  const [first, last] = [all[0], all[all.length - 1]];
  if (e.shiftKey ? active == first || active == d : active == last) {
    e.preventDefault();
    (e.shiftKey ? last : first)?.focus();
  }
}

const sw = (
  id: string,
  checked: boolean,
  toggle: PreferencesProps['toggle'],
  disabled: boolean,
  described?: string,
) => (
  <input
    type="checkbox"
    role="switch"
    id={'cg-' + id}
    checked={checked}
    disabled={disabled}
    aria-describedby={described}
    onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
  />
);

/** The second layer: a modal dialog with a switch per category and per service. */
export function Preferences({ ctx, on, toggle, surface, close }: PreferencesProps) {
  const { t, cats } = ctx;
  return (
    <dialog
      ref={(d: HTMLDialogElement | null) => {
        if (d && !d.open) {
          d.showModal();
          d.focus();
        }
      }}
      class="cg"
      tabIndex={-1}
      aria-modal="true"
      aria-labelledby="cg-pt"
      aria-describedby="cg-pd"
      lang={ctx.lang}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={trap}
    >
      <div class="hd">
        <h2 id="cg-pt">{t.settings}</h2>
        <p id="cg-pd" class="d">
          {t.prefsIntro}
          {ctx.gpc && ' ' + fmt(t.gpc, { accept: t.acceptAll })}
        </p>
        {closeBtn(t, close)}
      </div>
      <div class="bd">
        {cats.map((c) => (
          <section class="cat" aria-labelledby={'cg-h-' + c.id}>
            <div class="row">
              <h3 id={'cg-h-' + c.id}>
                <label for={'cg-' + c.id}>{c.title}</label>
              </h3>
              {c.required && <span class="d">{t.alwaysOn}</span>}
              {sw(c.id, on[c.id]!, toggle, c.required, c.description && 'cg-d-' + c.id)}
            </div>
            {c.description && (
              <p class="d" id={'cg-d-' + c.id}>
                {c.description}
              </p>
            )}
            {c.services.length > 0 && (
              <ul>
                {c.services.map((s) => (
                  <li>
                    <div class="row">
                      <label for={'cg-' + s.id}>{s.title}</label>
                      {sw(s.id, on[s.id]!, toggle, c.required)}
                    </div>
                    <details>
                      <summary>{t.details}</summary>
                      <div>
                        {s.vendor && (
                          <p>
                            {t.vendor}: {s.vendor}
                          </p>
                        )}
                        {s.purpose && (
                          <p>
                            {t.purpose}: {s.purpose}
                          </p>
                        )}
                        {s.description && <p>{s.description}</p>}
                        {safeUrl(s.privacyUrl) && (
                          <p>
                            <a href={safeUrl(s.privacyUrl)} target="_blank" rel="noopener">
                              {fmt(t.privacy, { vendor: s.vendor || s.title })}
                            </a>
                          </p>
                        )}
                        {s.cookies.length > 0 && <CookieTable ctx={ctx} rows={s.cookies} />}
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <div class="ft btns">
        {btn(t.acceptAll, () => ctx.decide(surface, ctx.api.acceptAll))}
        {btn(t.rejectAll, () => ctx.decide(surface, ctx.api.rejectAll))}
        {btn(t.save, () => ctx.decide(surface, (c) => ctx.api.save(on, c)))}
      </div>
    </dialog>
  );
}

/** Cookies and storage keys with their lifetime, domain and purpose (and service, in the declaration). */
export function CookieTable({
  ctx,
  rows,
  service,
}: {
  ctx: Ctx;
  rows: (CookieView & { service?: string })[];
  service?: boolean;
}) {
  const { t, lang } = ctx;
  return (
    <table>
      <thead>
        <tr>
          {(service ? [t.service] : []).concat(t.name, t.lifetime, t.domain, t.purpose).map((x) => (
            <th scope="col">{x}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr>
            {service && <td>{c.service}</td>}
            <td>
              {c.name}
              {c.preset && <span class="d"> ({t.fromPreset})</span>}
            </td>
            <td>{c.lifetime ? formatLifetime(c.lifetime, lang, t.session) : '–'}</td>
            <td>{c.storage ? t.storage : c.domain || location.hostname}</td>
            <td>{c.purpose || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The cookie declaration for the cookie-policy page: every service and cookie (the site's
 * own declarations first, the presets' other usual cookies marked), cookiegate's own consent
 * cookie with the required ones, the choice, and a button to change it.
 */
export function Declaration({ ctx, consent }: { ctx: Ctx; consent: ConsentState | null }) {
  const { t, cfg } = ctx;
  const first = ctx.cats.find((c) => c.required);
  return (
    <div class="cg decl" lang={ctx.lang}>
      {btn(t.change, () => ctx.api.showPreferences())}
      {ctx.cats.map((c) => {
        const rows: (CookieView & { service?: string })[] = c.services.flatMap((s) =>
          s.cookies.map((k) => ({ ...k, service: s.vendor ? s.title + ' (' + s.vendor + ')' : s.title })),
        );
        // The consent cookie lives as long as a consent or a refusal, whichever is longer.
        if (c == first)
          rows.unshift({
            service: 'cookiegate',
            name: cfg.cookie.name,
            lifetime: 'P' + Math.max(cfg.consentDays, cfg.refusalDays) + 'D',
            domain: cfg.cookie.domain,
            purpose: t.consentCookie,
          });
        const state = c.required ? t.alwaysOn : !consent ? t.undecided : consent.decisions[c.id] ? t.granted : t.denied;
        return (
          <section data-category={c.id}>
            <h3>{c.title}</h3>
            {c.description && <p class="d">{c.description}</p>}
            <p>{fmt(t.choice, { state })}</p>
            {rows.length > 0 && <CookieTable ctx={ctx} rows={rows} service />}
          </section>
        );
      })}
    </div>
  );
}

/**
 * Renders the preferences dialog into `box`, or with null removes it.
 *
 * @example
 * showPreferences(box, { ctx, on, toggle, surface: 'preferences', close });
 */
export const showPreferences = (box: Element, props: PreferencesProps | null): void =>
  render(props && <Preferences {...props} />, box);

/**
 * Renders the cookie declaration into `root` (again on every change of the decision).
 *
 * @example
 * showDeclaration(el.attachShadow({ mode: 'open' }), ctx, api.getConsent());
 */
export const showDeclaration = (root: Element | ShadowRoot, ctx: Ctx, consent: ConsentState | null): void =>
  render(<Declaration ctx={ctx} consent={consent} />, root);

/** What the details file brings to the UI. */
export interface Details {
  showPreferences: typeof showPreferences;
  showDeclaration: typeof showDeclaration;
  initialChoices: typeof initialChoices;
  switchChoice: typeof switchChoice;
  cookiesOf: typeof cookiesOf;
  /** The banner's view of a re-prompt. */
  reprompt: typeof repromptCtx;
  /** The presets' full descriptions and cookie tables. */
  presets?: PresetLookup;
  /** The texts of the preferences and the declaration, in the language of the file. */
  texts: DetailsTexts;
  css: string;
  /** The SHA-256 of the file the details came in (file-hash.ts), for shownHash. */
  ui: string;
}

/** The details, with the presets' texts and the UI's texts in one language. */
export const makeDetails = (presets: PresetLookup | undefined, texts: DetailsTexts): Details => ({
  showPreferences,
  showDeclaration,
  initialChoices,
  switchChoice,
  cookiesOf,
  reprompt: repromptCtx,
  presets,
  texts,
  css: DETAILS_CSS,
  ui: FILE_HASH,
});
