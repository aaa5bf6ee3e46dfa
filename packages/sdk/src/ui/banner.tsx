/**
 * The banner (first layer) and what the UI's components share. Stateless components (the
 * state lives in mount.ts, which re-renders): no hooks in the bundle. Every text is
 * rendered as text (preact escapes it); links come from structured config.
 */
import { h } from 'preact';
import type { DecisionContext } from '../core/types';
import type { CookiegateApi } from '../core/launcher';
import type { ResolvedConfig } from '../core/config';
import { safeUrl, type CategoryView } from './model';
import { fmt, list, type Texts } from './texts';

/** What every component needs. */
export interface Ctx {
  api: CookiegateApi;
  cfg: ResolvedConfig;
  t: Texts;
  lang: string;
  cats: CategoryView[];
  /** `navigator.globalPrivacyControl`: the banner says the signal is respected. */
  gpc: boolean;
  /**
   * Stores a decision made on a surface through the API (`acceptAll`, `rejectAll`, `save`),
   * with what was shown, then closes the UI. The UI names no decision itself.
   */
  decide(surface: NonNullable<DecisionContext['surface']>, how: (context: DecisionContext) => Promise<void>): void;
}

export const btn = (label: string, onClick: () => void) => (
  <button type="button" class="btn" onClick={onClick}>
    {label}
  </button>
);

export const closeBtn = (t: Texts, onClick: () => void) => (
  <button type="button" class="x" aria-label={t.close} onClick={onClick}>
    ×
  </button>
);

/**
 * The first layer: who uses what for which purposes, and three equal buttons. On a small
 * screen it shows the purposes, the policy link and the buttons; the vendors and the
 * withdrawal sentence are one tap away ("More"), so that the banner covers as little as it can.
 */
export function Banner({
  ctx,
  more,
  showMore,
  customize,
  close,
}: {
  ctx: Ctx;
  more: boolean;
  showMore(): void;
  customize(): void;
  close(): void;
}) {
  const { t, lang, cats } = ctx;
  const optional = cats.filter((c) => !c.required);
  // The intro's {purposes} are the categories in lower case ("statistik och marknadsföring"),
  // its {Purposes} as written (German: "Statistik und Marketing").
  const purposes = list(
    optional.map((c) => c.title),
    t.and,
  );
  const vendors = list([...new Set(optional.flatMap((c) => c.services.map((s) => s.vendor || s.title)))], t.and);
  const policy = safeUrl(ctx.cfg.policyUrl);
  return (
    <div class="cg ban" role="region" aria-labelledby="cg-bt" lang={lang}>
      <h2 id="cg-bt">{t.title}</h2>
      <p class="txt">
        {purposes && fmt(t.intro, { purposes: purposes.toLocaleLowerCase(lang), Purposes: purposes }) + ' '}
        {/* GPC: said before the click, also on the compact banner (issue 13). */}
        {ctx.gpc && fmt(t.gpc, { accept: t.acceptAll }) + ' '}
        <span id="cg-more" class="more" hidden={!more}>
          {[vendors && fmt(t.vendors, { vendors }), t.withdraw].filter(Boolean).join(' ') + ' '}
        </span>
        <button type="button" class="tgl" aria-expanded={more} aria-controls="cg-more" onClick={showMore}>
          {t.more}
        </button>
        {policy && ' '}
        {policy && <a href={policy}>{t.policy}</a>}
      </p>
      <div class="btns">
        {btn(t.acceptAll, () => ctx.decide('banner', ctx.api.acceptAll))}
        {btn(t.rejectAll, () => ctx.decide('banner', ctx.api.rejectAll))}
        {btn(t.customize, customize)}
      </div>
      {ctx.cfg.ui?.closeButton && closeBtn(t, close)}
    </div>
  );
}
