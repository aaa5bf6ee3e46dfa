import type { FacadeTexts } from '../../blocker/facade-texts';

/**
 * German texts of the click-to-load chat button and the embeds' placeholder (in
 * cookiegate-chat.js); `%s` is the service's name.
 */
const de: FacadeTexts = {
  chat: 'Chatten Sie mit uns',
  embed:
    'Inhalte von %s werden erst angezeigt, wenn Sie zustimmen: %s kann dann Cookies setzen und sehen, dass Sie diese Seite besuchen.',
  once: 'Einmal anzeigen',
  always: '%s immer erlauben',
};
export default de;
