/**
 * Where the banner gets its experiments and impression count: the script-tag build loads
 * `cookiegate-experiment.js` beside it; the ESM build (`cookiegate/ui`) bundles them.
 */
import type * as Experiment from '../entries/cookiegate-experiment';
import type { Details } from './details';
import { loadDetails } from './load-details';

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
 * loadExperiment(load).then((kit) => kit.start(cfg, root, 'sv', true, seen, decided));
 */
export const loadExperiment = (load: (file: string) => Promise<void>): Promise<ExperimentKit> =>
  load('cookiegate-experiment.js').then(() => window.cookiegateExperiment!);

/**
 * The script-tag banner's two loaders of sibling files: the details of its language and the
 * experiment kit.
 *
 * @example
 * createUi(api, root, lang, texts, undefined, ...siblings(load, 'sv'));
 */
export const siblings = (
  load: (file: string) => Promise<void>,
  lang: string,
): [() => Promise<Details>, () => Promise<ExperimentKit>] => [
  () => loadDetails(load, lang),
  () => loadExperiment(load),
];
