/**
 * Mounts the UI into cookiegate's shadow root and keeps its state. The banner (banner.ts), the
 * preferences (preferences.ts) and the declaration (declaration.ts) are plain DOM, the last two
 * from the details file. Uses only the public API it is given.
 */
import { MAX_DECISION_MS } from '@cookiegate/protocol';
import type { ResolvedConfig } from '../core/config';
import { adopt, type CookiegateApi, type UiHandle } from '../core/launcher';
import { banner as renderBanner, type Ctx } from './banner';
import type { Details } from './details';
import { FILE_HASH } from './file-hash';
import { canonical, sha256 } from './hash';
import type { ExperimentKit } from './load-experiment';
import { buildModel, type PresetLookup } from './model';
import { CSS } from './style';
import { resolveTexts, type BannerTexts, type Texts } from './texts';

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
 * when one of them is first shown; `experiment` the banner experiments and the impression
 * count, before the banner shows, where the config has them.
 */
export function createUi(
  api: CookiegateApi,
  root: ShadowRoot,
  lang: string,
  base: BannerTexts,
  presets: PresetLookup | undefined,
  details: () => Promise<Details>,
  experiment?: () => Promise<ExperimentKit>,
): UiHandle {
  const cfg = api.getConfig()!;
  /** The config's texts, with the banner variant's over them once one is drawn. */
  let own: Pick<ResolvedConfig, 'texts'> = cfg;
  /** The banner variant this page view shows (config `experiments`), for the proofs. */
  let variant: string | undefined;
  /** The banner was visible on this page view; a decision was made on it (for the impression count). */
  let seen = false;
  let decided = false;
  api.onChange(() => (decided = true));
  // Experiments and the impression count (issue 17), in before the banner shows. A variant
  // is drawn only for the banner that asks a visitor without a valid decision.
  const kit =
    experiment && (cfg.experiments || cfg.stats?.impressions)
      ? experiment()
          .then((k) => {
            const x = k.start(
              cfg,
              root,
              lang,
              !api.getConsent(),
              () => seen,
              () => decided,
            );
            if (x) {
              variant = x.id;
              own = x;
              ctx.t = resolveTexts(base, lang, own) as Texts;
              shown = hash(ctx.t);
            }
          })
          .catch((e) => console.error('[cookiegate]', e))
      : undefined;
  let D: Details;
  let full: Promise<void> | undefined;
  // Runs f once the details (and the variant's texts) are in.
  const withDetails = (f: () => void) =>
    (full ||= Promise.all([details(), kit]).then(([d]) => {
      D = d;
      ctx.t = resolveTexts({ ...base, ...d.texts }, lang, own, true);
      ctx.cats = buildModel(cfg, lang, ctx.t, d.presets || presets, d.cookiesOf);
      shown = hash(ctx.t);
      adopt(root, d.css, cfg.ui?.nonce);
    }))
      .then(f)
      .catch((e) => console.error('[cookiegate]', e));
  // What was shown, for the proof of each decision: the config, the texts of this language
  // (the banner's; all of them once the preferences came), the variant and the code that showed
  // them (this file; once the preferences came, also the details' and the presets' texts' files).
  const hash = (texts: object) =>
    sha256(
      canonical({ config: cfg, texts, ui: FILE_HASH, variant, details: D && [D.ui, D.presets?.ui].filter(Boolean) }),
    ).catch(() => undefined);
  // Until the details come, only the banner's texts are known (and used).
  const t = resolveTexts(base, lang, cfg) as Texts;
  let shown = hash(t);
  adopt(root, CSS, cfg.ui?.nonce);
  const box = root.appendChild(document.createElement('div'));

  /** The banner while shown (for `ctx`, or on a re-prompt for only what is new to the visitor). */
  let banner: HTMLElement | undefined;
  let prefs = false;
  /** What opened the preferences: the floating button counts as its own surface. */
  let from: string | undefined;
  /** Where focus was before the preferences opened, to return it there. */
  let back: HTMLElement | null = null;
  let on: Record<string, boolean> = {};
  /** When the open UI became visible (performance.now()), for the proof's `decisionMs`; undefined while closed. */
  let visibleAt: number | undefined;
  // Visible once painted: the frame that renders it (a hidden tab paints nothing).
  const painted = () => {
    if ((banner || prefs) && visibleAt === undefined) visibleAt = performance.now();
    seen ||= !!banner;
  };

  const draw = () => {
    root.host.toggleAttribute('data-open', !!banner || prefs);
    // The preferences exist once the details came (they open only then).
    if (D)
      D.showPreferences(
        box,
        prefs ? { ctx, on, toggle, surface: from == 'floating' ? 'floating' : 'preferences', close } : null,
      );
    if (banner || prefs) requestAnimationFrame(painted);
    else visibleAt = undefined;
  };
  /** Shows the banner for a view (once: an open banner stays as it is), or with none hides it. */
  const setBanner = (view?: Ctx) => {
    if (view && banner) return;
    banner?.remove();
    banner =
      view &&
      root.insertBefore(
        renderBanner(
          view,
          () => handle.open('preferences'),
          () => setBanner(),
        ),
        box,
      );
    draw();
  };
  const toggle = (id: string, v: boolean) => {
    on = D.switchChoice(ctx.cats, on, id, v);
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
      decided = true;
      // From the first paint of what is open (banner, or preferences alone) to this click.
      const now = performance.now();
      const decisionMs = Math.min(Math.round(now - (visibleAt ?? now)), MAX_DECISION_MS);
      shown
        .then((shownHash) => how({ surface, shownHash, locale: lang, variant, decisionMs }))
        .then(() => {
          setBanner();
          close();
        })
        .catch((e) => console.error('[cookiegate]', e));
    },
  };

  const handle: UiHandle = {
    open(view, by) {
      // A re-prompt's view and texts come with the details (rare: a first visit does not pay for them).
      if (view == 'banner') {
        const show = () => (api.getConsent()?.asked ? withDetails(() => setBanner(D.reprompt(ctx))) : setBanner(ctx));
        return kit ? void kit.then(show) : show();
      }
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
      const paint = () => D.showDeclaration(r, ctx, api.getConsent());
      withDetails(() => {
        adopt(r, D.css, cfg.ui?.nonce);
        paint();
        api.onChange(paint);
      });
    },
  };
  return handle;
}
