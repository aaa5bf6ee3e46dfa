/**
 * Mounts the UI into cookiegate's shadow root and keeps its state (the components are
 * stateless). Uses only the public API it is given.
 */
import { h, render } from 'preact';
import { adopt, type CookiegateApi, type UiHandle } from '../core/launcher';
import { Banner, type Ctx } from './banner';
import type { Details } from './details';
import { canonical, sha256 } from './hash';
import { buildModel, type PresetLookup } from './model';
import { CSS } from './style';
import { resolveTexts, type BannerTexts, type Texts } from './texts';

/** The SHA-256 of the built file this code is in (build/ui-hash.mjs), after "uiHash=". */
declare const __UI_HASH__: string;
const UI_HASH = __UI_HASH__.slice(7);

declare global {
  interface Window {
    /** Set by cookiegate-ui-<lang>-details.js. */
    cookiegateDetails?: Details;
  }
}

/** The focused element, looking into shadow roots. */
function deepActive(): HTMLElement | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
}

/**
 * Creates the UI for one language. `base` are the bundled texts of that language (or
 * English for another language); the config's `texts[lang]` override them. `presets`
 * describes the vendor presets (the script-tag build's banner passes none: a preset's
 * vendor and name are in the resolved config);
 * `details` brings the preferences, the declaration and the presets' full descriptions
 * when one of them is first shown.
 */
export function createUi(
  api: CookiegateApi,
  root: ShadowRoot,
  lang: string,
  base: BannerTexts,
  presets: PresetLookup | undefined,
  details: () => Promise<Details>,
): UiHandle {
  const cfg = api.getConfig()!;
  let D: Details;
  let full: Promise<void> | undefined;
  // Runs f once the details are in.
  const withDetails = (f: () => void) =>
    (full ||= details().then((d) => {
      D = d;
      ctx.t = resolveTexts({ ...base, ...d.texts }, lang, cfg, true);
      ctx.cats = buildModel(cfg, lang, ctx.t, d.presets || presets, d.cookiesOf);
      shown = hash(ctx.t);
      adopt(root, d.css, cfg.ui?.nonce);
    }))
      .then(f)
      .catch((e) => console.error('[cookiegate]', e));
  // What was shown, for the proof of each decision: the config, the texts of this language
  // (the banner's; all of them once the preferences came) and the code that showed them.
  const hash = (texts: object) => sha256(canonical({ config: cfg, texts, ui: UI_HASH })).catch(() => undefined);
  // Until the details come, only the banner's texts are known (and used).
  const t = resolveTexts(base, lang, cfg) as Texts;
  let shown = hash(t);
  adopt(root, CSS, cfg.ui?.nonce);
  const box = root.appendChild(document.createElement('div'));

  /** The banner's view when shown: `ctx`, or on a re-prompt only what is new to the visitor. */
  let banner: Ctx | false = false;
  // The rest of the banner's text, on a small screen one tap away.
  let more = false;
  let prefs = false;
  /** What opened the preferences: the floating button counts as its own surface. */
  let from: string | undefined;
  /** Where focus was before the preferences opened, to return it there. */
  let back: HTMLElement | null = null;
  let on: Record<string, boolean> = {};

  // (An argument is ignored: `draw(banner = ctx)` sets and draws.)
  const draw = (_?: unknown) => {
    root.host.toggleAttribute('data-open', !!banner || prefs);
    render(
      [
        banner &&
          h(Banner, {
            ctx: banner,
            more,
            showMore: () => ((more = !more), draw()),
            customize: () => handle.open('preferences'),
            close: () => ((banner = false), draw()),
          }),
        prefs && h(D.Preferences, { ctx, on, toggle, surface: from == 'floating' ? 'floating' : 'preferences', close }),
      ],
      box,
    );
  };
  // A category switches its services; a category with services is on when all of them are.
  const toggle = (id: string, v: boolean) => {
    on = { ...on, [id]: v };
    for (const c of ctx.cats) {
      if (c.id == id) for (const x of c.services) on[x.id] = v;
      if (c.services.length) on[c.id] = c.services.every((x) => on[x.id]);
    }
    draw();
  };
  // Closing is never consent. Focus returns where it was (else to the floating button).
  function close() {
    prefs = false;
    draw();
    (back?.isConnected ? back : root.querySelector<HTMLElement>('.fab:not([hidden])'))?.focus();
  }

  const ctx: Ctx = {
    api,
    cfg,
    t,
    lang,
    cats: buildModel(cfg, lang, t, presets),
    gpc: (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    decide(surface, how) {
      shown
        .then((shownHash) => how({ surface, shownHash, locale: lang }))
        .then(() => {
          banner = false;
          close();
        })
        .catch((e) => console.error('[cookiegate]', e));
    },
  };

  const handle: UiHandle = {
    open(view, by) {
      // A re-prompt's view and texts come with the details (rare: a first visit does not pay for them).
      if (view == 'banner')
        return api.getConsent()?.asked ? withDetails(() => ((banner = D.reprompt(ctx)), draw())) : draw((banner = ctx));
      const focus = deepActive();
      withDetails(() => {
        back = focus;
        from = by;
        on = D.initialChoices(ctx.cats, api.getConsent());
        prefs = true;
        draw();
      });
    },
    declare(el) {
      if (el.shadowRoot) return;
      const r = el.attachShadow({ mode: 'open' });
      adopt(r, CSS, cfg.ui?.nonce);
      const paint = () => render(h(D.Declaration, { ctx, consent: api.getConsent() }), r);
      withDetails(() => {
        adopt(r, D.css, cfg.ui?.nonce);
        paint();
        api.onChange(paint);
      });
    },
  };
  return handle;
}
