/**
 * `cookiegate-experiment.js`: banner experiments and the impression count (issue 17), which
 * the banner (cookiegate-ui-<lang>.js) loads before it shows, only where the config has
 * `experiments` or `"stats": { "impressions": true }`: a banner without them pays nothing.
 */
export { start } from '../ui/experiment';
