// The modules the build makes from the language folders (packages/sdk/build/languages.mjs).
declare module 'cookiegate:codes' {
  /** The code of every language with UI files, sorted. */
  const codes: string[];
  export default codes;
}
declare module 'cookiegate:floating' {
  /** The floating button's label in the language of this file (cookiegate-floating-<code>.js). */
  const label: string;
  export default label;
}
declare module 'cookiegate:labels' {
  /** The floating button's label by language code: every language with a UI file. */
  const labels: Record<string, string>;
  export default labels;
}
declare module 'cookiegate:languages' {
  import type { BannerTexts, DetailsTexts } from '../ui/texts';
  import type { PresetTexts } from '../services/types';
  /** Every language's texts by code. */
  const languages: Record<string, { banner: BannerTexts; details: DetailsTexts; presets: PresetTexts }>;
  export default languages;
}
declare module 'cookiegate:language' {
  import type { BannerTexts, DetailsTexts } from '../ui/texts';
  import type { PresetTexts } from '../services/types';
  /** The language of this UI file (cookiegate-ui-<code>.js). */
  export const code: string;
  export const banner: BannerTexts;
  export const details: DetailsTexts;
  export const presets: PresetTexts;
}
declare module 'cookiegate:facades' {
  import type { FacadeTexts } from '../blocker/facade-texts';
  /** Every language's texts of the click-to-load chat button and embed placeholders. */
  const facades: Record<string, FacadeTexts>;
  export default facades;
}
