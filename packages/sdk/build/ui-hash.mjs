// uiHash: the SHA-256 of the built UI file that renders the banner, embedded in that very
// file, so that a proof's shownHash names the exact code that showed the texts (issue 13).
// A file cannot contain its own hash, so the build hashes the file with 64 zeros where the
// hash goes ("uiHash=" followed by 64 hex digits), then writes the hash there. An auditor
// sets those 64 digits back to zeros and hashes the released file (README, "What a record
// proves"; `cookiegate ui-hash <file>`). The replacement has the same length, so source
// maps stay right.
import { createHash } from 'node:crypto';

const ZEROS = '0'.repeat(64);
/** The literal that src/ui/mount.ts reads its hash from (after "uiHash="). */
export const UI_HASH_PLACEHOLDER = 'uiHash=' + ZEROS;
const NOTE = `\n/*! uiHash: SHA-256 of this file with the 64 digits after uiHash= set to 0 */`;

/**
 * Rollup plugin: `__UI_HASH__` becomes the placeholder; every output file that holds it gets
 * a note saying so and its own hash in its place.
 */
export const uiHash = () => ({
  name: 'ui-hash',
  transform: (code) =>
    code.includes('__UI_HASH__')
      ? { code: code.replaceAll('__UI_HASH__', JSON.stringify(UI_HASH_PLACEHOLDER)), map: null }
      : null,
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type != 'chunk' || !chunk.code.includes(UI_HASH_PLACEHOLDER)) continue;
      const code = chunk.code + NOTE;
      chunk.code = code.replace(UI_HASH_PLACEHOLDER, 'uiHash=' + createHash('sha256').update(code).digest('hex'));
    }
  },
});

/**
 * Recomputes a released file's uiHash and compares it with the one it embeds.
 * @example checkUiHash(readFileSync('cookiegate-ui-sv.js', 'utf8')) // { embedded, computed }
 */
export function checkUiHash(text) {
  const embedded = text.match(/uiHash=([0-9a-f]{64})/)?.[1];
  const computed =
    embedded &&
    createHash('sha256')
      .update(text.replace('uiHash=' + embedded, UI_HASH_PLACEHOLDER))
      .digest('hex');
  return { embedded, computed };
}
