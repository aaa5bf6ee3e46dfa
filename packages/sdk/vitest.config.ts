import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { languages } from './build/languages.mjs';
import { presets } from './build/presets.mjs';
import { UI_HASH_PLACEHOLDER } from './build/ui-hash.mjs';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // The modules gathering the language folders (src/i18n/) and the presets (src/services/), as in the build.
  plugins: [languages(), presets()],
  define: { __SDK_VERSION__: JSON.stringify(version), __UI_HASH__: JSON.stringify(UI_HASH_PLACEHOLDER) },
  test: {
    name: 'sdk',
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
