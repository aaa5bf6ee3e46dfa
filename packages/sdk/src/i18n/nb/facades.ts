import type { FacadeTexts } from '../../blocker/facade-texts';

/**
 * Norwegian (bokmål) texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
const nb: FacadeTexts = {
  chat: 'Chat med oss',
  embed:
    'Innholdet fra %s vises ikke før du tillater det: %s kan da sette informasjonskapsler og se at du besøker siden.',
  once: 'Vis denne gangen',
  always: 'Tillat alltid %s',
};
export default nb;
