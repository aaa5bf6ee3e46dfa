/** The script-tag build's receipt code (`cookiegate-receipt.js`), loaded when `cookiegate.receipt()` is called. */
export { receipt } from '../core/receipt';
