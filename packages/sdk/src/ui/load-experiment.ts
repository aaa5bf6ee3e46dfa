/**
 * Where the banner gets its experiments and impression count: the script-tag build loads
 * `cookiegate-experiment.js` beside it; the ESM build (`cookiegate/ui`) bundles them.
 */
import type * as Experiment from '../entries/cookiegate-experiment';

/** Banner experiments and the impression count (entries/cookiegate-experiment.ts). */
export type ExperimentKit = typeof Experiment;

declare global {
  interface Window {
    /** Set by cookiegate-experiment.js. */
    cookiegateExperiment?: ExperimentKit;
  }
}

/**
 * @example
 * createUi(api, root, lang, texts, undefined, details, () => loadExperiment(load));
 */
export const loadExperiment = (load: (file: string) => Promise<void>): Promise<ExperimentKit> =>
  load('cookiegate-experiment.js').then(() => window.cookiegateExperiment!);
