import type { FacadeTexts } from '../../blocker/facade-texts';

/**
 * Danish texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
const da: FacadeTexts = {
  chat: 'Chat med os',
  embed: 'Indholdet fra %s vises ikke, før du tillader det: %s kan så sætte cookies og se, at du besøger siden.',
  once: 'Vis denne gang',
  always: 'Tillad altid %s',
};
export default da;
