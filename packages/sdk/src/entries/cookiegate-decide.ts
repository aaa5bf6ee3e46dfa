/** The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. */
export { decide, reprompt, retry, receipt } from '../core/decide';
