// The UI languages are the folders of packages/sdk/src/i18n/: each holds one language's texts
// (banner.ts, details.ts, presets.ts, floating.ts, facades.ts). Adding a language is adding a folder; the
// build finds it here. The modules below are made by the build, not files in the repository:
// - "cookiegate:codes": the language codes, for the head script (which languages have UI files);
// - "cookiegate:labels": the floating button's label per language (ESM build);
// - "cookiegate:languages": every language's texts, for the ESM build's UI (cookiegate/ui);
// - "cookiegate:facades": every language's texts of the click-to-load chat button and embed
//   placeholders (cookiegate-chat.js, which resolves the page's language itself);
// - "cookiegate:language" (with `languages({ only })`): one language's texts and code, for
//   the script-tag build's UI files of that language (src/entries/cookiegate-ui*.ts);
// - "cookiegate:floating" (with `languages({ only })`): one language's floating button label,
//   for cookiegate-floating-<lang>.js (src/entries/cookiegate-floating.ts).
// src/i18n/modules.d.ts gives their types.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// (import.meta.dirname is Node 20.11+; vitest gives this file a path, not a file: URL.)
const here = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : import.meta.dirname;
const DIR = join(here, '../src/i18n/');
const FILES = ['banner', 'details', 'presets', 'floating', 'facades'];

/** The language codes with a complete folder, sorted. @example LANGUAGES // ['da', 'de', 'en', …] */
export const LANGUAGES = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && FILES.every((f) => existsSync(`${DIR}${d.name}/${f}.ts`)))
  .map((d) => d.name)
  .sort();

const file = (lang, f) => JSON.stringify(`${DIR}${lang}/${f}.ts`);
// `files` of every language, as { sv: { banner: …, … }, … } (or { sv: …, … } for one file).
const all = (files) =>
  LANGUAGES.flatMap((l, i) => files.map((f) => `import ${f}${i} from ${file(l, f)};`)).join('\n') +
  `\nexport default {${LANGUAGES.map(
    (l, i) =>
      JSON.stringify(l) +
      ': ' +
      (files.length > 1 ? `{${files.map((f) => `${f}: ${f}${i}`).join(', ')}}` : files[0] + i),
  ).join(', ')}};`;
const SOURCES = {
  'cookiegate:codes': () => `export default ${JSON.stringify(LANGUAGES)};`,
  'cookiegate:labels': () => all(['floating']),
  'cookiegate:languages': () => all(['banner', 'details', 'presets']),
  'cookiegate:facades': () => all(['facades']),
};

/**
 * Rollup (and Vite/vitest) plugin for the modules above; `only` makes "cookiegate:language"
 * that language's.
 *
 * @example
 * plugins: [languages({ only: 'sv' }), nodeResolve(), ts()]
 */
export const languages = ({ only } = {}) => ({
  name: 'cookiegate-languages',
  resolveId: (id) => (id in SOURCES || (only && /^cookiegate:(language|floating)$/.test(id)) ? '\0' + id : null),
  load(id) {
    const name = id.slice(1);
    // Only its own: other plugins make other "cookiegate:" modules (build/presets.mjs).
    if (id[0] != '\0' || !(name in SOURCES || /^cookiegate:(language|floating)$/.test(name))) return null;
    if (name == 'cookiegate:floating') return `export { default } from ${file(only, 'floating')};`;
    if (name == 'cookiegate:language')
      return (
        ['banner', 'details', 'presets'].map((f) => `export { default as ${f} } from ${file(only, f)};`).join('\n') +
        `\nexport const code = ${JSON.stringify(only)};`
      );
    return SOURCES[name]();
  },
});
