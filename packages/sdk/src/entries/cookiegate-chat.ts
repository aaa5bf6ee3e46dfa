/** The script-tag build's click-to-load chat button (`cookiegate-chat.js`), loaded only where a facade is shown. */
export { chatButton } from '../blocker/facade-button';
