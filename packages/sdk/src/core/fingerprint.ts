declare const __SDK_VERSION__: string;

/**
 * A config's fingerprint for this SDK version: what `cookiegate check` prints as the
 * config element's `data-checked`, and what a browser that checked the config keeps. A
 * config carrying its own fingerprint is not checked again in every visitor's browser;
 * any edit (or another SDK version) changes it, and the config is checked as usual. It is
 * not a signature: whoever can edit the config can edit it too.
 *
 * @example
 * fingerprint(JSON.parse(text)); // '1x2b9kq' → <script type="application/json" id="cookiegate-config" data-checked="1x2b9kq">
 */
export function fingerprint(config: unknown): string {
  // Every page view computes it: FNV-1a over 32-bit words of the UTF-8 text (padded to whole
  // words; JSON holds no raw NUL), a quarter of the steps of a loop over characters.
  // Little-endian words (every browser platform); where they were not, the fingerprint would
  // just not match and the config be checked as usual.
  const b = new TextEncoder().encode(__SDK_VERSION__ + JSON.stringify(config) + '\0\0\0');
  const w = new Uint32Array(b.buffer, 0, b.length >> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w[i]!, 0x01000193);
  return (h >>> 0).toString(36);
}
