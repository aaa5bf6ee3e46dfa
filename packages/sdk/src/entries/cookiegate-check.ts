/**
 * The script-tag build's config checker (`cookiegate-check.js`), loaded by cookiegate.js on
 * the first page where a browser meets a config (see cookiegate.ts). The head script hands over
 * its presets, so that they are not shipped twice.
 */
export { findProblems as problems } from '../core/check';
