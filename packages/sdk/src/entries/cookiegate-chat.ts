/** The script-tag build's click-to-load chat button and embed placeholder (`cookiegate-chat.js`), loaded only where a facade is shown. */
export { chatButton, placeholder } from '../blocker/facade-button';
