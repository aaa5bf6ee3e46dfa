// The vendor presets are the files of packages/sdk/src/services/ that export `blocking` and
// `info`, each named by its preset id (google-analytics.ts is "google-analytics"): adding a
// preset is adding a file, and this is the one registry of them. The build makes two
// modules from it, so that each part gets only its half of every preset:
// - "cookiegate:preset-blocking": every preset's blocking data by id (services/blocking.ts:
//   cookiegate-presets.js, the checker, the ESM build);
// - "cookiegate:preset-info": every preset's cookie table and privacy link by id
//   (services/info.ts: the UI's presets file).
// src/services/modules.d.ts gives their types.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// (import.meta.dirname is Node 20.11+; vitest gives this file a path, not a file: URL.)
const here = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : import.meta.dirname;
const DIR = join(here, '../src/services/');

/** Every preset's id, sorted. @example PRESET_FILES // ['google-ads', 'google-analytics', …] */
export const PRESET_FILES = readdirSync(DIR)
  .filter((f) => /^[a-z\d-]+\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .filter((f) => {
    const src = readFileSync(DIR + f, 'utf8');
    return /^export const blocking\b/m.test(src) && /^export const info\b/m.test(src);
  })
  .map((f) => f.slice(0, -3))
  .sort();

// One half (`blocking` or `info`) of every preset, as { 'google-ads': …, … }.
const half = (part) =>
  PRESET_FILES.map((id, i) => `import { ${part} as p${i} } from ${JSON.stringify(DIR + id + '.ts')};`).join('\n') +
  `\nexport default {${PRESET_FILES.map((id, i) => `${JSON.stringify(id)}: p${i}`).join(', ')}};`;
const SOURCES = { 'cookiegate:preset-blocking': () => half('blocking'), 'cookiegate:preset-info': () => half('info') };

/**
 * Rollup (and Vite/vitest) plugin for the modules above.
 *
 * @example
 * plugins: [presets(), languages(), nodeResolve(), ts()]
 */
export const presets = () => ({
  name: 'cookiegate-presets',
  resolveId: (id) => (id in SOURCES ? '\0' + id : null),
  load: (id) => (id.startsWith('\0cookiegate:preset-') ? SOURCES[id.slice(1)]() : null),
});
