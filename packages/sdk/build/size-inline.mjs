// For `npm run size`: writes what a checked config carries inline for its presets (the
// presetData of `cookiegate check --write`, as JSON) for the seed shop's six presets, the
// eight presets before issue 16 and all nineteen, so that .size-limit.json measures the head
// with them (the JSON alone, compressed on its own: in a page it shares the HTML's
// compression and costs less). Needs the build (dist/presets.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { PRESETS, presetDataOf } = await import(join(root, 'packages/sdk/dist/presets.mjs'));
const seed = JSON.parse(readFileSync(join(root, 'examples/shop/cookiegate.config.json'), 'utf8'));
const seedPresets = [...new Set(Object.values(seed.services).map((s) => s.preset))].filter(Boolean);
const sets = {
  6: seedPresets,
  8: [...seedPresets, 'google-tag-manager', 'youtube'],
  19: Object.keys(PRESETS),
};
const out = join(root, 'node_modules/.cache/cookiegate-size');
mkdirSync(out, { recursive: true });
for (const [n, ids] of Object.entries(sets)) {
  if (new Set(ids).size != +n) throw new Error(`size-inline: expected ${n} presets, got ${ids.join(', ')}`);
  const config = { services: Object.fromEntries(ids.map((id) => [id, { preset: id }])) };
  writeFileSync(join(out, `preset-data-${n}.json`), JSON.stringify(presetDataOf(config, PRESETS)));
}
