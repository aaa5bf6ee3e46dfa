// Builds the browser SDK: the script-tag IIFE (minified, what every page view pays for)
// and the ESM build with type declarations, both with source maps. Each input is a file in
// packages/sdk/src/entries/, named for the file it builds.
//
// Where this config changes sources rather than only bundling them (each file it changes
// says so at its top):
// - languages: the UI languages are the folders of packages/sdk/src/i18n/; the build makes
//   the modules that gather them (packages/sdk/build/languages.mjs says which);
// - chatOnDemand: the script-tag head loads the chat facade's button (blocker/facade.ts
//   imports facade-load.ts in place of facade-button.ts);
// - tinyStore: the script-tag head's store is core/atom.ts in place of nanostores;
// - the size-measurement build (never shipped) empties blocker/start.ts and core/launcher.ts.
// - presets: the vendor presets are the files of packages/sdk/src/services/ that export
//   `blocking` and `info`; the build makes the modules that gather each half
//   (packages/sdk/build/presets.mjs).
// Adding a UI language: a folder in packages/sdk/src/i18n/ (README, "Adding a language").
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { LANGUAGES, languages } from './packages/sdk/build/languages.mjs';
import { presets } from './packages/sdk/build/presets.mjs';
import { uiHash } from './packages/sdk/build/ui-hash.mjs';

const sdk = 'packages/sdk';
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

// The script-tag head's store is core/atom.ts (hand-written, a quarter of nanostores' atom in
// bytes); the ESM build keeps nanostores, whose store `consent` is.
const tinyStore = {
  name: 'tiny-store',
  resolveId: (source, importer) =>
    source == 'nanostores' && /core[\\/]api\.ts$/.test(importer ?? '') ? importer.replace(/api\.ts$/, 'atom.ts') : null,
};

export default [
  {
    input: `${sdk}/src/entries/cookiegate.ts`,
    output: { file: `${sdk}/dist/cookiegate.js`, format: 'iife', sourcemap: true, plugins: [terser(terserOptions)] },
    plugins: [
      chatOnDemand,
      tinyStore,
      languages(),
      presets(),
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
    // The proof path (chain keys, signing, the proof queue), after a decision, only where proofEndpoint is set.
    ['proof', 'cookiegateProof'],
    ['messages', 'cookiegateMessages'],
    // The config checker, only where this browser has not checked this config before.
    ['check', 'cookiegateCheck'],
    // The click-to-load chat button and embed placeholder, only where a service has "facade": true.
    ['chat', 'cookiegateChat'],
    // The vendor presets' blocking data and consent APIs, only where the config names a preset.
    ['presets', 'cookiegatePresets'],
    // The vendors' consent APIs alone, where the config carries its presets' data (presetData)
    // and names a preset with such an API.
    ['vendors', 'cookiegateVendors'],
    // The receipt with its gossip check of the log (RFC 9162 consistency), when asked for.
    ['receipt', 'cookiegateReceipt'],
    // Banner experiments and the impression count, only where the config has them (issue 17).
    ['experiment', 'cookiegateExperiment'],
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
    // languages: the chat button and embed placeholders carry every language's texts.
    plugins: [languages(), presets(), nodeResolve({ browser: true }), stamp(), ts()],
  })),
  // The banner and preferences for the script-tag build, one file per language folder
  // (cookiegate-ui-sv.js, -en, …), each made from one entry with that language's texts: a
  // visitor downloads only their own, and only when a choice is needed or asked for; the
  // preferences, the declaration and the presets' texts only when one of them is shown.
  ...LANGUAGES.flatMap((lang) => [
    {
      input: `${sdk}/src/entries/cookiegate-ui.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}.js`,
        format: 'iife',
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      plugins: [languages({ only: lang }), presets(), nodeResolve({ browser: true }), ts(), uiHash()],
    },
    {
      input: `${sdk}/src/entries/cookiegate-ui-details.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}-details.js`,
        format: 'iife',
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      plugins: [languages({ only: lang }), presets(), nodeResolve({ browser: true }), ts(), uiHash()],
    },
    {
      // The presets' descriptions and cookie tables, loaded with the details.
      input: `${sdk}/src/entries/cookiegate-ui-presets.ts`,
      output: {
        file: `${sdk}/dist/cookiegate-ui-${lang}-presets.js`,
        format: 'iife',
        sourcemap: true,
        plugins: [terser(terserOptions)],
      },
      plugins: [languages({ only: lang }), presets(), nodeResolve({ browser: true }), ts(), uiHash()],
    },
  ]),
  // The floating button for the script-tag build, one file per language folder with its label
  // (cookiegate-floating-sv.js, …): the head loads it once the page is idle, or with the banner.
  ...LANGUAGES.map((lang) => ({
    input: `${sdk}/src/entries/cookiegate-floating.ts`,
    output: {
      file: `${sdk}/dist/cookiegate-floating-${lang}.js`,
      format: 'iife',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    plugins: [languages({ only: lang }), nodeResolve({ browser: true }), ts()],
  })),
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
    external: ['@cookiegate/protocol', 'nanostores'],
    plugins: [
      languages(),
      presets(),
      stamp(),
      uiHash(),
      ts({ outDir: `${sdk}/dist`, declaration: true, declarationDir: `${sdk}/dist` }),
    ],
  },
  // For `npm run size` only, never shipped: the head script without what later layers add
  // to it (the vendor blocker, Consent Mode, Matomo's seed; the UI's launcher),
  // so that the core's own budget stays measured. Every page view pays the whole head.
  {
    input: `${sdk}/src/entries/cookiegate.ts`,
    output: { file: 'node_modules/.cache/cookiegate-size/core.js', format: 'iife', plugins: [terser(terserOptions)] },
    plugins: [
      tinyStore,
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
