// The modules the build makes from the preset files of this folder (packages/sdk/build/presets.mjs).
declare module 'cookiegate:preset-blocking' {
  /** Every preset's blocking data by id. */
  const blocking: Record<string, import('./preset').PresetBlocking>;
  export default blocking;
}
declare module 'cookiegate:preset-info' {
  /** Every preset's cookie table and privacy link by id. */
  const info: Record<string, import('./types').PresetInfo>;
  export default info;
}
