// Builds the browser SDK: the script-tag IIFE (minified, what every page view pays for)
// and the ESM build with type declarations, both with source maps. Each input is a file in
// packages/sdk/src/entries/, named for the file it builds.
//
// Where this config changes sources rather than only bundling them (each file it changes
// says so at its top):
// - onlyLanguage: the presets' texts file of one language (cookiegate-ui-<lang>-presets.js)
//   keeps only that language of the presets' texts (services/*.ts);
// - chatOnDemand: the script-tag head loads the chat facade's button (blocker/facade.ts
//   imports facade-load.ts in place of facade-button.ts);
// - the size-measurement build (never shipped) empties blocker/start.ts and core/launcher.ts.
// Adding a UI language: its texts in packages/sdk/src/ui/i18n/, its three entries in
// src/entries/, and its code in LANGUAGES below.
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { uiHash } from './packages/sdk/build/ui-hash.mjs';

const sdk = 'packages/sdk';
// The UI languages of the script-tag build (cookiegate-ui-<lang>.js, -details.js and -presets.js).
const LANGUAGES = ['sv', 'en', 'da'];
const LANGUAGE = new RegExp('^(' + LANGUAGES.join('|') + ')$');
const terserOptions = {
  ecma: 2020,
  module: false,
  compress: { passes: 3, unsafe_arrows: true },
  mangle: { properties: false },
  format: { comments: false },
};
const { version } = JSON.parse(readFileSync(`${sdk}/package.json`, 'utf8'));
// The SDK version goes into every proof.
const stamp = () => replace({ preventAssignment: true, values: { __SDK_VERSION__: JSON.stringify(version) } });
// The presets' texts file of one language keeps only that language of their { sv, en, da }
// texts (English where a text lacks it): a visitor downloads the descriptions they can read.
// (The banner names vendors from the resolved config: PresetBlocking's vendor and title.)
const onlyLanguage = (lang) => ({
  name: 'only-language',
  transform(code, id) {
    if (!/[\\/]services[\\/]/.test(id)) return null;
    const key = (p) => p.type == 'Property' && !p.computed && (p.key.name ?? p.key.value);
    const pick = (n) => {
      const ps = n.type == 'ObjectExpression' && n.properties;
      if (!ps || ps.length < 2 || !ps.every((p) => LANGUAGE.test(key(p)) && typeof p.value.value == 'string')) return;
      const p = ps.find((p) => key(p) == lang) || ps.find((p) => key(p) == 'en');
      return p && JSON.stringify(p.value.value);
    };
    const cuts = [];
    const walk = (n) => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n.type != 'string') return;
      const text = pick(n);
      if (text) return void cuts.push([n.start, n.end, text]);
      for (const k in n) if (k != 'type' && n[k] && typeof n[k] == 'object') walk(n[k]);
    };
    walk(this.parse(code));
    for (const [a, b, s] of cuts.reverse()) code = code.slice(0, a) + s + code.slice(b);
    return { code, map: null };
  },
});
const ts = (extra = {}) =>
  typescript({ tsconfig: `${sdk}/tsconfig.json`, noEmit: false, sourceMap: true, inlineSources: true, ...extra });

// The script-tag head loads the chat facade's button from cookiegate-chat.js when a page
// shows it; the ESM build bundles it.
const chatOnDemand = {
  name: 'chat-on-demand',
  resolveId: (source, importer) =>
    source == './facade-button' && /blocker[\\/]facade\.ts$/.test(importer ?? '')
      ? importer.replace(/facade\.ts$/, 'facade-load.ts')
      : null,
};

export default [
  {
    input: `${sdk}/src/entries/cookiegate.ts`,
    output: { file: `${sdk}/dist/cookiegate.js`, format: 'iife', sourcemap: true, plugins: [terser(terserOptions)] },
    plugins: [
      chatOnDemand,
      stamp(),
      nodeResolve({ browser: true }),
      // nanostores keeps development-only code behind process.env.NODE_ENV.
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      ts(),
    ],
  },
  // Files the script-tag build loads on demand, next to cookiegate.js: the write path
  // (only where someone decides) and the sentences for config problems (only where the
  // config is faulty).
  ...[
    ['decide', 'cookiegateDecide'],
    ['messages', 'cookiegateMessages'],
    // The config checker, only where this browser has not checked this config before.
    ['check', 'cookiegateCheck'],
    // The click-to-load chat button and embed placeholder, only where a service has "facade": true.
    ['chat', 'cookiegateChat'],
    // The vendor presets' blocking data and consent APIs, only where the config names a preset.
    ['presets', 'cookiegatePresets'],
    // The receipt with its gossip check of the log (RFC 9162 consistency), when asked for.
    ['receipt', 'cookiegateReceipt'],
    // The planning of a re-prompt (what is new to a visitor), after a raised revision only.
    ['reprompt', 'cookiegateReprompt'],
  ].map(([file, name]) => ({
    input: `${sdk}/src/entries/cookiegate-${file}.ts`,
    output: {
      file: `${sdk}/dist/cookiegate-${file}.js`,
      format: 'iife',
      name,
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    plugins: [nodeResolve({ browser: true }), stamp(), ts()],
  })),
  // The banner and preferences for the script-tag build, one file per language
  // (cookiegate-ui-sv.js, -en, -da): a visitor downloads only their own, and only when a
  // choice is needed or asked for; the preferences, the declaration and the presets' texts
  // only when one of them is shown.
  ...LANGUAGES.flatMap((lang) => [
    {
      input: `${sdk}/src/entries/cookiegate-ui-${lang}.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}.js`,
        format: 'iife',
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      plugins: [nodeResolve({ browser: true }), ts(), uiHash()],
    },
    {
      input: `${sdk}/src/entries/cookiegate-ui-${lang}-details.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}-details.js`,
        format: 'iife',
        // preact comes from cookiegate-ui-<lang>.js, loaded before.
        globals: { preact: 'cookiegateUi' },
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      external: ['preact'],
      plugins: [nodeResolve({ browser: true }), ts()],
    },
    {
      // The presets' descriptions and cookie tables, loaded with the details.
      input: `${sdk}/src/entries/cookiegate-ui-${lang}-presets.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}-presets.js`,
        format: 'iife',
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      plugins: [nodeResolve({ browser: true }), ts(), onlyLanguage(lang)],
    },
  ]),
  {
    // cookiegate/ui (ui.mjs) is imported lazily by init(config, { ui: () => import('cookiegate/ui') }).
    // cookiegate/presets (presets.mjs): the presets' blocking data for tools such as
    // @cookiegate/audit, which match a site's hosts and cookies against them.
    input: {
      index: `${sdk}/src/entries/index.ts`,
      ui: `${sdk}/src/entries/ui.ts`,
      presets: `${sdk}/src/entries/presets.ts`,
    },
    output: {
      dir: `${sdk}/dist`,
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      sourcemap: true,
    },
    // Runtime dependencies stay imports: the site's bundler dedupes them.
    external: ['@cookiegate/protocol', 'nanostores', 'js-cookie', 'preact', 'preact/hooks', 'preact/jsx-runtime'],
    plugins: [stamp(), uiHash(), ts({ outDir: `${sdk}/dist`, declaration: true, declarationDir: `${sdk}/dist` })],
  },
  // For `npm run size` only, never shipped: the head script without what later layers add
  // to it (the vendor blocker, Consent Mode, Matomo's seed; the UI's launcher),
  // so that the core's own budget stays measured. Every page view pays the whole head.
  {
    input: `${sdk}/src/entries/cookiegate.ts`,
    output: { file: 'node_modules/.cache/cookiegate-size/core.js', format: 'iife', plugins: [terser(terserOptions)] },
    plugins: [
      {
        name: 'without-vendors',
        load: (id) =>
          /blocker[\\/]start\.ts$/.test(id)
            ? 'export const startVendors = () => {};'
            : // The UI issue's part of the head (floating button, UI loading) is measured with the head.
              /core[\\/]launcher\.ts$/.test(id)
              ? 'export const launch = () => {}, showBanner = () => {}, showPreferences = () => {};'
              : null,
      },
      stamp(),
      nodeResolve({ browser: true }),
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      ts(),
    ],
  },
];
