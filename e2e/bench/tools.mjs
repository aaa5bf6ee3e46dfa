/**
 * The five consent tools on the same page: cookiegate and the open-source anchors
 * (vanilla-cookieconsent 3, klaro, orejime, tarteaucitronjs), each installed and configured
 * the way its own documentation says, for the same six services, with the same Swedish
 * texts, gating the same four analytics tags.
 *
 * A tool: `dir` is served under `/t/<name>/`; `page` is the HTML; `many` the same page with
 * many gated elements (site.mjs, MANY; not for tarteaucitron, whose services are code); `config` is the inline
 * configuration the page carries (measured apart from the tool's files); `inline` the code of
 * its inline script (config and init call), whose time counts as the tool's; `banner` is a
 * JS expression that finds the tool's first-layer banner element (null when absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// cookiegate's built ESM (packages/sdk/dist/index.mjs): the bench runs after a build.
import { fingerprint, validateConfig } from 'cookiegate';
import { CATEGORIES, SERVICES, TAGS, TEXTS, manyGated, page } from './site.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const mod = (name) => join(ROOT, 'node_modules', name);
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

const analytics = SERVICES.filter((s) => s.category === 'analytics');
/** `_ga_*` → /^_ga_.*$/ */
const pattern = (name) =>
  name.includes('*')
    ? new RegExp(
        '^' +
          name
            .split('*')
            .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*') +
          '$',
      )
    : name;
/** A JS literal of `v` (JSON, with RegExp objects as regex literals). */
export function js(v) {
  const res = [];
  const s = JSON.stringify(v, (_, x) => (x instanceof RegExp ? `\u0000${res.push(String(x)) - 1}\u0000` : x));
  return s.replace(/"\\u0000(\d+)\\u0000"/g, (_, i) => res[+i]);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** The inline code of a tag, safe inside <script>. */
const code = (s) => s.replace(/<\/script/gi, '<\\/script');

// ---------------------------------------------------------------------------------------
// cookiegate: JSON config, then cookiegate.js first in <head>; gated tags as type="text/plain"
// with data-consent (README "Install on a site"). The config element carries the
// data-checked fingerprint, as the README recommends ("Check the config once, not in every
// browser"): what `cookiegate check <config.json>` prints for a valid config, so that
// cookiegate.js does not download cookiegate-check.js to check it in the browser.
function cookiegate() {
  const dir = join(ROOT, 'packages', 'sdk', 'dist');
  const config = {
    revision: 1,
    policyUrl: TEXTS.policyUrl,
    categories: Object.fromEntries(
      Object.entries(CATEGORIES).map(([id, c]) => [
        id,
        { ...(c.required ? { required: true } : {}), title: c.title, description: c.description },
      ]),
    ),
    services: Object.fromEntries(
      SERVICES.map((s) => [
        s.id,
        {
          category: s.category,
          vendor: s.vendor,
          title: s.title,
          description: s.description,
          ...(s.privacyUrl ? { privacyUrl: s.privacyUrl } : {}),
          ...(s.hosts ? { hosts: s.hosts } : {}),
          cookies: s.cookies.map(([name, lifetime, , purpose]) => ({ name, lifetime, purpose })),
        },
      ]),
    ),
  };
  const cfg = JSON.stringify(config);
  // As `cookiegate check`, which prints the attribute only for a config without errors.
  const { errors } = validateConfig(config);
  if (errors.length) throw new Error(`bench: cookiegate config has errors: ${errors.join('; ')}`);
  const checked = fingerprint(config);
  const tags = analytics
    .map((s) => {
      const [src, inline] = TAGS[s.id];
      return (
        (src ? `<script type="text/plain" data-consent="${s.id}" async src="${esc(src)}"></script>\n` : '') +
        `<script type="text/plain" data-consent="${s.id}">${code(inline)}</script>`
      );
    })
    .join('\n');
  const head = `<script type="application/json" id="cookiegate-config" data-checked="${esc(checked)}">${cfg}</script>\n<script src="/t/cookiegate/cookiegate.js"></script>\n${tags}`;
  const gate = (id, inline) => `<script type="text/plain" data-consent="${id}">${code(inline)}</script>`;
  return {
    name: 'cookiegate',
    version: versionOf(join(ROOT, 'packages', 'sdk')),
    dir,
    config: cfg,
    page: page({ head }),
    many: page({ head, middle: manyGated(gate) }),
    // The UI renders into the shadow root of <cookiegate-ui> (first in <body>); .ban is the banner.
    banner: `document.querySelector('cookiegate-ui')?.shadowRoot?.querySelector('.ban')`,
  };
}

// ---------------------------------------------------------------------------------------
// vanilla-cookieconsent 3: cookieconsent.css in <head>, cookieconsent.umd.js then
// CookieConsent.run(config) (UMD install); gated tags as type="text/plain" with
// data-category and data-service.
function vanilla() {
  const dir = join(mod('vanilla-cookieconsent'), 'dist');
  const table = (s) => ({
    headers: { name: TEXTS.name, lifetime: TEXTS.lifetime, purpose: TEXTS.purpose },
    body: s.cookies.map(([name, , life, purpose]) => ({ name, lifetime: life, purpose })),
  });
  const config = {
    // Playwright's Chromium sets navigator.webdriver; the default (true) would hide the banner.
    hideFromBots: false,
    revision: 1,
    guiOptions: {
      consentModal: { layout: 'bar inline', position: 'bottom', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true },
    },
    categories: Object.fromEntries(
      Object.entries(CATEGORIES).map(([id, c]) => [
        id,
        {
          ...(c.required ? { enabled: true, readOnly: true } : {}),
          ...(c.required
            ? {}
            : {
                autoClear: {
                  cookies: SERVICES.filter((s) => s.category === id).flatMap((s) =>
                    s.cookies.map(([n]) => ({ name: pattern(n) })),
                  ),
                },
              }),
          services: Object.fromEntries(
            SERVICES.filter((s) => s.category === id).map((s) => [
              s.id,
              { label: s.title, cookies: s.cookies.map(([n]) => ({ name: pattern(n) })) },
            ]),
          ),
        },
      ]),
    ),
    language: {
      default: 'sv',
      translations: {
        sv: {
          consentModal: {
            title: TEXTS.title,
            description: `${TEXTS.description} <a href="${TEXTS.policyUrl}">${TEXTS.policy}</a>`,
            acceptAllBtn: TEXTS.acceptAll,
            acceptNecessaryBtn: TEXTS.rejectAll,
            showPreferencesBtn: TEXTS.customize,
          },
          preferencesModal: {
            title: TEXTS.prefsTitle,
            acceptAllBtn: TEXTS.acceptAll,
            acceptNecessaryBtn: TEXTS.rejectAll,
            savePreferencesBtn: TEXTS.save,
            closeIconLabel: TEXTS.close,
            sections: [
              { description: TEXTS.prefsIntro },
              ...Object.entries(CATEGORIES).map(([id, c]) => ({
                title: c.title,
                description: c.description,
                linkedCategory: id,
              })),
              ...SERVICES.map((s) => ({
                title: `${s.title} (${s.vendor})`,
                description: s.description,
                cookieTable: table(s),
              })),
            ],
          },
        },
      },
    },
  };
  const cfg = `CookieConsent.run(${js(config)});`;
  const tags = analytics
    .map((s) => {
      const [src, inline] = TAGS[s.id];
      return (
        (src
          ? `<script type="text/plain" data-category="analytics" data-service="${s.id}" async src="${esc(src)}"></script>\n`
          : '') + `<script type="text/plain" data-category="analytics" data-service="${s.id}">${code(inline)}</script>`
      );
    })
    .join('\n');
  const head = `<link rel="stylesheet" href="/t/vanilla-cookieconsent/cookieconsent.css">\n${tags}`;
  const body = `<script src="/t/vanilla-cookieconsent/cookieconsent.umd.js"></script>\n<script>${cfg}</script>`;
  const gate = (id, inline) =>
    `<script type="text/plain" data-category="analytics" data-service="${id}">${code(inline)}</script>`;
  return {
    name: 'vanilla-cookieconsent',
    version: versionOf(mod('vanilla-cookieconsent')),
    dir,
    config: cfg,
    inline: cfg,
    page: page({ head, body }),
    many: page({ head, body, middle: manyGated(gate) }),
    banner: `document.querySelector('#cc-main .cm')`,
  };
}

// ---------------------------------------------------------------------------------------
// klaro: the config (klaroConfig) before klaro.js (CSS included), both in <head> with defer;
// gated tags as type="text/plain" with data-type, data-name and data-src.
function klaro() {
  const dir = join(mod('klaro'), 'dist');
  const config = {
    version: 1,
    elementID: 'klaro',
    lang: 'sv',
    styling: { theme: ['light', 'bottom', 'wide'] },
    htmlTexts: false,
    groupByPurpose: true,
    storageMethod: 'cookie',
    cookieName: 'klaro',
    cookieExpiresAfterDays: 365,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    hideLearnMore: false,
    noticeAsModal: false,
    showNoticeTitle: true,
    translations: {
      sv: {
        privacyPolicyUrl: TEXTS.policyUrl,
        privacyPolicy: { name: TEXTS.policy, text: '{privacyPolicy}' },
        consentNotice: {
          title: TEXTS.title,
          description: `${TEXTS.description} {privacyPolicy}`,
          learnMore: TEXTS.customize,
        },
        consentModal: { title: TEXTS.prefsTitle, description: TEXTS.prefsIntro },
        acceptAll: TEXTS.acceptAll,
        ok: TEXTS.acceptAll,
        decline: TEXTS.rejectAll,
        acceptSelected: TEXTS.save,
        save: TEXTS.save,
        close: TEXTS.close,
        purposes: Object.fromEntries(
          Object.entries(CATEGORIES).map(([id, c]) => [id, { title: c.title, description: c.description }]),
        ),
      },
    },
    services: SERVICES.map((s) => ({
      name: s.id,
      title: s.title,
      purposes: [s.category],
      ...(CATEGORIES[s.category].required ? { required: true } : {}),
      cookies: s.cookies.map(([n]) => pattern(n)),
      translations: { sv: { description: `${s.description} (${s.vendor})` } },
    })),
  };
  const cfg = `var klaroConfig = ${js(config)};`;
  const tags = analytics
    .map((s) => {
      const [src, inline] = TAGS[s.id];
      return (
        (src
          ? `<script type="text/plain" data-type="text/javascript" data-name="${s.id}" async data-src="${esc(src)}"></script>\n`
          : '') + `<script type="text/plain" data-type="text/javascript" data-name="${s.id}">${code(inline)}</script>`
      );
    })
    .join('\n');
  return {
    name: 'klaro',
    version: versionOf(mod('klaro')),
    dir,
    config: cfg,
    inline: cfg,
    page: page({ head: `<script>${cfg}</script>\n<script defer src="/t/klaro/klaro.js"></script>\n${tags}` }),
    many: page({
      head: `<script>${cfg}</script>\n<script defer src="/t/klaro/klaro.js"></script>\n${tags}`,
      middle: manyGated(
        (id, inline) =>
          `<script type="text/plain" data-type="text/javascript" data-name="${id}">${code(inline)}</script>`,
      ),
    }),
    banner: `document.querySelector('.klaro .cookie-notice:not(.cookie-modal-notice)')`,
  };
}

// ---------------------------------------------------------------------------------------
// orejime 3: window.orejimeConfig, orejime-standard-sv.js and orejime-standard.css in
// <head>; gated tags wrapped in <template data-purpose>.
function orejime() {
  const dir = join(mod('orejime'), 'dist');
  const config = {
    privacyPolicyUrl: TEXTS.policyUrl,
    purposes: Object.entries(CATEGORIES).map(([id, c]) => ({
      id,
      title: c.title,
      description: c.description,
      purposes: SERVICES.filter((s) => s.category === id).map((s) => ({
        id: s.id,
        title: s.title,
        description: `${s.description} (${s.vendor})`,
        cookies: s.cookies.map(([n]) => pattern(n)),
        ...(c.required ? { isMandatory: true } : {}),
      })),
    })),
    translations: {
      banner: {
        title: TEXTS.title,
        description: `${TEXTS.description} {privacyPolicy}`,
        privacyPolicyLabel: TEXTS.policy,
        accept: TEXTS.acceptAll,
        decline: TEXTS.rejectAll,
        configure: TEXTS.customize,
      },
      modal: {
        title: TEXTS.prefsTitle,
        description: TEXTS.prefsIntro,
        privacyPolicyLabel: TEXTS.policy,
        acceptAll: TEXTS.acceptAll,
        declineAll: TEXTS.rejectAll,
        save: TEXTS.save,
        close: TEXTS.close,
      },
    },
  };
  const cfg = `window.orejimeConfig = ${js(config)};`;
  const tags = analytics
    .map((s) => {
      const [src, inline] = TAGS[s.id];
      return `<template data-purpose="${s.id}">${src ? `<script async src="${esc(src)}"></script>` : ''}<script>${code(inline)}</script></template>`;
    })
    .join('\n');
  const head = `<script>${cfg}</script>\n<script src="/t/orejime/orejime-standard-sv.js"></script>\n<link href="/t/orejime/orejime-standard.css" rel="stylesheet">\n${tags}`;
  const gate = (id, inline) => `<template data-purpose="${id}"><script>${code(inline)}</script></template>`;
  return {
    name: 'orejime',
    version: versionOf(mod('orejime')),
    dir,
    config: cfg,
    inline: cfg,
    page: page({ head }),
    many: page({ head, middle: manyGated(gate) }),
    banner: `document.querySelector('.orejime-Banner')`,
  };
}

// ---------------------------------------------------------------------------------------
// tarteaucitron: tarteaucitron.min.js then tarteaucitron.init() in <head> (it loads its
// CSS, language file and services file itself); the services as custom services
// (README "Create custom service") that add the tags on consent; texts through
// tarteaucitronCustomText.
function tarteaucitron() {
  const dir = mod('tarteaucitronjs');
  const params = {
    privacyUrl: TEXTS.policyUrl,
    bodyPosition: 'bottom',
    hashtag: '#tarteaucitron',
    cookieName: 'tarteaucitron',
    orientation: 'bottom',
    groupServices: true,
    showDetailsOnClick: true,
    serviceDefaultState: 'wait',
    showAlertSmall: false,
    showTitleBanner: true,
    cookieslist: false,
    cookieslistEmbed: false,
    showIcon: true,
    iconPosition: 'BottomLeft',
    adblocker: false,
    DenyAllCta: true,
    AcceptAllCta: true,
    highPrivacy: true,
    alwaysNeedConsent: false,
    handleBrowserDNTRequest: false,
    removeCredit: false,
    moreInfoLink: true,
    useExternalCss: false,
    useExternalJs: false,
    readmoreLink: '',
    mandatory: true,
    mandatoryCta: true,
    googleConsentMode: false,
    bingConsentMode: false,
    pianoConsentMode: false,
    softConsentMode: false,
    dataLayer: false,
    serverSide: false,
    partnersList: false,
  };
  const text = {
    middleBarHead: TEXTS.title,
    alertBigPrivacy: TEXTS.description,
    acceptAll: TEXTS.acceptAll,
    denyAllCta: TEXTS.rejectAll,
    personalize: TEXTS.customize,
    allowAll: TEXTS.acceptAll,
    denyAll: TEXTS.rejectAll,
    close: TEXTS.close,
    title: TEXTS.prefsTitle,
    privacyUrl: TEXTS.policy,
    icon: TEXTS.settings,
    alertSmall: TEXTS.settings,
    analytic: { title: CATEGORIES.analytics.title, details: CATEGORIES.analytics.description },
    other: { title: CATEGORIES.necessary.title, details: CATEGORIES.necessary.description },
  };
  const services = SERVICES.map((s) => {
    const [src, inline] = TAGS[s.id] || [];
    const required = CATEGORIES[s.category].required;
    const load = inline
      ? `function () { ${inline} ${src ? `tarteaucitron.addScript(${JSON.stringify(src)});` : ''} }`
      : 'function () {}';
    return (
      `tarteaucitron.services[${JSON.stringify(s.id)}] = { key: ${JSON.stringify(s.id)}, type: ${JSON.stringify(required ? 'other' : 'analytic')}, ` +
      `name: ${JSON.stringify(s.title)}, uri: ${JSON.stringify(s.privacyUrl || TEXTS.policyUrl)}, needConsent: ${!required}, ` +
      `cookies: ${js(s.cookies.map(([n]) => n.replace(/\*.*$/, '')))}, js: ${load}, fallback: function () {} };`
    );
  });
  const cfg =
    `tarteaucitronCustomText = ${js(text)};\ntarteaucitron.init(${js(params)});\n${services.join('\n')}\n` +
    SERVICES.map((s) => `(tarteaucitron.job = tarteaucitron.job || []).push(${JSON.stringify(s.id)});`).join('\n');
  return {
    name: 'tarteaucitron',
    version: versionOf(dir),
    dir,
    config: cfg,
    inline: code(cfg),
    page: page({
      head: `<script src="/t/tarteaucitron/tarteaucitron.min.js"></script>\n<script>${code(cfg)}</script>`,
    }),
    banner: `document.querySelector('#tarteaucitronAlertBig')`,
  };
}

/** Every tool, cookiegate first. */
export const TOOLS = [cookiegate(), vanilla(), klaro(), orejime(), tarteaucitron()];
