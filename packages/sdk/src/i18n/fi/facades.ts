import type { FacadeTexts } from '../../blocker/facade-texts';

/**
 * Finnish texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
const fi: FacadeTexts = {
  chat: 'Keskustele kanssamme',
  embed:
    'Palvelun %s sisältöä ei näytetä ennen kuin sallit sen: %s voi silloin asettaa evästeitä ja nähdä, että vierailet sivulla.',
  once: 'Näytä tämän kerran',
  always: 'Salli aina %s',
};
export default fi;
