import type { FacadeTexts } from '../../blocker/facade-texts';

/**
 * Swedish texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
const sv: FacadeTexts = {
  chat: 'Chatta med oss',
  embed: 'Innehållet från %s visas inte förrän du tillåter det: %s kan då sätta kakor och se att du besöker sidan.',
  once: 'Visa den här gången',
  always: 'Tillåt alltid %s',
};
export default sv;
