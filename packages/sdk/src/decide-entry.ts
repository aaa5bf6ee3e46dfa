/** The script-tag build's write path (`cookiegate-decide.js`), loaded when someone decides. */
export { apply, choose, save } from './core/decide';
