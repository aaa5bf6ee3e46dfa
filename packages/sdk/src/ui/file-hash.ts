/**
 * The SHA-256 of the built file this module is bundled into (build/ui-hash.mjs writes it
 * after "uiHash="): each UI file of the script-tag build (the banner, the details, the
 * presets' texts) carries its own, so a proof's shownHash names the exact code that showed
 * what the visitor saw. In the ESM build every part is in one file, with one hash.
 */
declare const __UI_HASH__: string;

/**
 * @example
 * sha256(canonical({ config, texts, ui: FILE_HASH }));
 */
export const FILE_HASH: string = __UI_HASH__.slice(7);
