/** The script-tag build's re-prompt planning (`cookiegate-reprompt.js`), loaded after a raised revision only. */
export { stalePlan } from '../core/reprompt';
